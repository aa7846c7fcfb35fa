/// Public holidays and make-up working days (调休上班) in mainland China, as the State Council
/// announces them each November for the next year. Data, not logic: add a year here when its
/// notice is published.
///
/// Sources:
/// - 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12).
/// - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, published by Xinhua).
enum ChinaHolidays {
  struct Block {
    let name: LocalizedText
    /// First and last day off, inclusive (ISO dates).
    let from: String
    let to: String
  }

  struct Year {
    let year: Int
    let source: String
    let blocks: [Block]
    /// Saturdays or Sundays that are working days.
    let workdays: [String]
  }

  static let years: [Year] = [
    Year(
      year: 2025, source: "国办发明电〔2024〕12号 (2024-11-12)",
      blocks: [
        Block(name: LocalizedText(en: "New Year's Day", zh: "元旦"), from: "2025-01-01", to: "2025-01-01"),
        Block(name: LocalizedText(en: "Spring Festival", zh: "春节"), from: "2025-01-28", to: "2025-02-04"),
        Block(name: LocalizedText(en: "Qingming", zh: "清明节"), from: "2025-04-04", to: "2025-04-06"),
        Block(name: LocalizedText(en: "Labour Day", zh: "劳动节"), from: "2025-05-01", to: "2025-05-05"),
        Block(
          name: LocalizedText(en: "Dragon Boat Festival", zh: "端午节"), from: "2025-05-31", to: "2025-06-02"),
        Block(
          name: LocalizedText(en: "National Day and Mid-Autumn", zh: "国庆节、中秋节"), from: "2025-10-01",
          to: "2025-10-08"),
      ],
      workdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]),
    Year(
      year: 2026, source: "国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)",
      blocks: [
        Block(name: LocalizedText(en: "New Year's Day", zh: "元旦"), from: "2026-01-01", to: "2026-01-03"),
        Block(name: LocalizedText(en: "Spring Festival", zh: "春节"), from: "2026-02-15", to: "2026-02-23"),
        Block(name: LocalizedText(en: "Qingming", zh: "清明节"), from: "2026-04-04", to: "2026-04-06"),
        Block(name: LocalizedText(en: "Labour Day", zh: "劳动节"), from: "2026-05-01", to: "2026-05-05"),
        Block(
          name: LocalizedText(en: "Dragon Boat Festival", zh: "端午节"), from: "2026-06-19", to: "2026-06-21"),
        Block(
          name: LocalizedText(en: "Mid-Autumn Festival", zh: "中秋节"), from: "2026-09-25", to: "2026-09-27"),
        Block(name: LocalizedText(en: "National Day", zh: "国庆节"), from: "2026-10-01", to: "2026-10-07"),
      ],
      workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]),
  ]
}
