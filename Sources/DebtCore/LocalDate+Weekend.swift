extension LocalDate {
  /// Saturday or Sunday.
  public var isWeekend: Bool { weekday >= 6 }
}
