import DebtCore
import TerminalUI

/// `v` in the case: the selected guide step in full in the pager — its title, where it stands,
/// why, what to have ready, what `Enter` does in the case, and when the guidance was checked.
/// The door page is its model.
enum GuidePage {
  static func pager(_ state: AppState, _ summary: CaseSummary, row: Int) -> Pager? {
    guard summary.steps.indices.contains(row) else { return nil }
    let step = summary.steps[row]
    var paragraphs: [Pager.Paragraph] = []
    let number = "\(row + 1). "
    paragraphs.append(Pager.Paragraph(number + state.t(step.title), tone: .heading, indent: number.count))
    let mark = summary.caseFile.guide[step.id]
    let where_: LocalizedText
    switch mark?.state {
    case .done?:
      where_ = LocalizedText(
        en: "Done on \(mark?.on.description ?? "")", zh: "已于 \(mark?.on.description ?? "") 完成")
    case .skipped?:
      where_ = LocalizedText(
        en: "Skipped on \(mark?.on.description ?? "")", zh: "已于 \(mark?.on.description ?? "") 跳过")
    case nil: where_ = LocalizedText(en: "Not done yet", zh: "尚未完成")
    }
    paragraphs.append(
      Pager.Paragraph(
        state.t(where_) + " · " + summary.debt.name + " — " + state.t(summary.stage.label), tone: .muted))
    paragraphs.append(Pager.Paragraph(""))
    paragraphs.append(Pager.Paragraph(state.t(step.why)))
    if !step.checklist.isEmpty {
      paragraphs.append(Pager.Paragraph(""))
      paragraphs.append(Pager.Paragraph(state.t(LocalizedText(en: "Have ready", zh: "准备好")), tone: .accent))
      for item in step.checklist { paragraphs.append(Pager.Paragraph("· " + state.t(item), indent: 2)) }
    }
    if step.action != .none {
      let enter = state.key(.doStep, in: .caseFile)
      paragraphs.append(Pager.Paragraph(""))
      paragraphs.append(
        Pager.Paragraph(
          state.t(LocalizedText(en: "In the case, \(enter): ", zh: "在应对档案中按 \(enter)："))
            + state.t(step.action.label), tone: .accent))
    }
    paragraphs.append(Pager.Paragraph(""))
    paragraphs.append(
      Pager.Paragraph(
        state.t(
          LocalizedText(
            en:
              "General information, not legal advice; check your contract. Guide last checked \(Guide.lastChecked).",
            zh: "一般性信息，不构成法律意见；以合同为准。指南最后核对：\(Guide.lastChecked)。")), tone: .muted))
    let title = state.t(
      LocalizedText(
        en: "Guide step \(row + 1) of \(summary.steps.count)", zh: "指南第 \(row + 1)/\(summary.steps.count) 步"))
    return Pager(title: title, paragraphs: paragraphs, labels: PagerOverlay.noLabels)
  }
}
