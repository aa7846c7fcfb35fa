extension DecodingError {
  /// A value that decoded but is not acceptable, with what is wrong in every language. The
  /// text travels as the context's underlying error, so a reader of the file can show it in the
  /// user's language instead of the English `debugDescription`.
  public static func invalid<C: KeyedDecodingContainerProtocol>(
    _ text: LocalizedText, forKey key: C.Key, in container: C
  ) -> DecodingError {
    .dataCorrupted(
      Context(codingPath: container.codingPath + [key], debugDescription: text.en, underlyingError: text))
  }

  /// The same for a single value (a date, a currency code).
  public static func invalid(_ text: LocalizedText, in container: any SingleValueDecodingContainer)
    -> DecodingError
  {
    .dataCorrupted(
      Context(codingPath: container.codingPath, debugDescription: text.en, underlyingError: text))
  }
}
