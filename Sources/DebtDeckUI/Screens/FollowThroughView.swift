import DebtCore
import TerminalUI

/// After a call with an agreement or a promise: what to do next, one key each.
enum FollowThroughView {
  static func text(_ step: FollowThrough.Step, _ currency: Currency) -> LocalizedText {
    switch step {
    case .confirmationLetter:
      return LocalizedText(
        en: "Ask for it in writing: draft the confirmation letter, filled in from this call",
        zh: "请对方书面确认：起草确认函（已按本次通话填好）")
    case .promiseReminder(let due, let amount):
      let m = Money.format(amount, currency)
      return LocalizedText(
        en: "Your promise of \(m) by \(due) is a reminder already", zh: "你承诺 \(due) 前还 \(m)：已在提醒中")
    case .followUpCall(let date):
      return LocalizedText(
        en: "Set a follow-up call on \(date): has it been confirmed in writing?",
        zh: "设置 \(date) 的跟进电话：是否已书面确认？")
    }
  }

  static func render(
    _ state: AppState, _ next: FollowThrough, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let debt = state.portfolio.debt(id: next.debtID)
    let file = state.portfolio.caseFile(for: next.debtID)
    let entry = file.contacts.first { $0.id == next.entryID }
    let width = min(area.width - 2, 76)
    let textWidth = max(10, width - 4)
    var about: [(String, Style)] = []
    if let entry {
      if entry.verbalAgreement {
        let done = state.key(.reminderDone, in: .today)
        let drop = state.key(.dismissReminder, in: .today)
        let said = state.t(
          LocalizedText(
            en:
              "What was agreed is only verbal. Today shows “verbal agreement — ask for it in writing” until it is confirmed (\(done) on that line) or dropped (\(drop)).",
            zh: "约定仅为口头。今日页会显示“口头约定——请对方书面确认”，直到确认（在该行按 \(done)）或放弃（按 \(drop)）。"))
        about += said.wrapped(toWidth: textWidth).map { ($0, theme.warning) }
      }
      for w in file.warnings(for: entry).lines(state.settings.legalRules) {
        about += state.t(w).wrapped(toWidth: textWidth).map { ($0, theme.danger) }
      }
    }
    let options = next.steps.enumerated().flatMap { i, step -> [(String, Bool)] in
      let lines = ("\(i + 1). " + state.t(text(step, debt?.currency ?? .cny))).wrapped(toWidth: textWidth - 2)
      return lines.enumerated().map { k, l in ((k == 0 ? "" : "   ") + l, i == next.row) }
    }
    let height = min(area.height, about.count + options.count + 5)
    let rect = area.centered(width: width, height: height)
    let title = state.t(LocalizedText(en: "Next steps — ", zh: "下一步 — ")) + (debt?.name.terminalSafe ?? "")
    let inner = buffer.box(
      rect, title: title.truncated(toWidth: max(4, width - 6)), style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    var y = inner.y
    for (line, style) in about where y < inner.maxY - 1 {
      buffer.put(line, x: inner.x + 1, y: y, style: style, clip: inner)
      y += 1
    }
    y += about.isEmpty ? 0 : 1
    for (line, selected) in options where y < inner.maxY - 1 {
      buffer.put(line, x: inner.x + 1, y: y, style: selected ? theme.selection : theme.base, clip: inner)
      y += 1
    }
    let enter = state.key(.submit, in: .dialog)
    let esc = state.key(.cancel, in: .dialog)
    buffer.put(
      state.t(
        LocalizedText(
          en: "↑↓ or 1–\(next.steps.count) choose · \(enter) opens · \(esc) closes",
          zh: "↑↓ 或 1–\(next.steps.count) 选择 · \(enter) 打开 · \(esc) 关闭")
      )
      .truncated(toWidth: textWidth),
      x: inner.x + 1, y: inner.maxY - 1, style: theme.muted, clip: inner)
  }
}
