import DebtCore
import TerminalUI

/// A debt's case: where it stands and what waiting costs (always at the top), then the sections
/// Tab moves between — the guide for its stage (ticked as it goes), the typical escalation
/// ladder, the agreement and the offer, the contact log. Narrow, one section fills the screen;
/// from 100 columns the guide stays on the left and the rest scrolls on the right.
enum CaseScreen {
  /// Where each part goes in the content rectangle.
  struct Layout {
    var header: [(String, Style)]
    /// The row of section names.
    var bar: Rect
    var guide: Rect
    var details: Rect
    var twoColumns: Bool
  }

  static func layout(_ state: AppState, _ summary: CaseSummary, _ rect: Rect, _ theme: Theme) -> Layout {
    let header = headerLines(state, summary, width: max(10, rect.width - 2), theme)
    let top = min(rect.height, header.count + 1)
    let bar = Rect(x: rect.x, y: rect.y + top - (top > header.count ? 0 : 1), width: rect.width, height: 1)
    let body = Rect(x: rect.x, y: bar.maxY, width: rect.width, height: max(0, rect.maxY - bar.maxY))
    let twoColumns = rect.width >= 100
    if twoColumns {
      let half = body.width / 2
      return Layout(
        header: header, bar: bar, guide: Rect(x: body.x, y: body.y, width: half, height: body.height),
        details: Rect(x: body.x + half + 1, y: body.y, width: body.width - half - 1, height: body.height),
        twoColumns: true)
    }
    return Layout(header: header, bar: bar, guide: body, details: body, twoColumns: false)
  }

  /// The content rectangle as the state knows the terminal (for scrolling in `update`).
  static func contentRect(_ state: AppState) -> Rect {
    Rect(x: 0, y: 2, width: state.contentWidth, height: state.contentHeight)
  }

  static func render(
    _ state: AppState, _ summary: CaseSummary, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ rect: Rect,
    _ theme: Theme
  ) {
    let layout = layout(state, summary, rect, theme)
    for (i, line) in layout.header.prefix(max(0, layout.bar.y - rect.y)).enumerated() {
      buffer.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, clip: rect)
    }
    sectionBar(state, summary, keyMap, layout, &buffer, theme)
    if layout.twoColumns {
      guide(state, summary, &buffer, layout.guide, theme)
      details(state, summary, &buffer, layout.details, theme)
    } else if state.caseSection == .guide {
      guide(state, summary, &buffer, layout.guide, theme)
    } else {
      details(state, summary, &buffer, layout.details, theme)
    }
  }

  /// The facts, the cost of waiting, what typically comes next, court papers and contacts to
  /// verify — wrapped, never cut.
  static func headerLines(_ state: AppState, _ summary: CaseSummary, width: Int, _ theme: Theme) -> [(
    String, Style
  )] {
    let debt = summary.debt
    let s = summary.status
    var out: [(String, Style)] = []
    func add(_ text: String, _ style: Style) {
      for line in text.wrapped(toWidth: width) { out.append((line, style)) }
    }
    add(
      state.t(LocalizedText(en: "Case: ", zh: "应对档案：")) + debt.name.terminalSafe + " — "
        + state.t(summary.stage.label), theme.title)
    // The same facts as `debtdeck case`, two lines: where it stands, then what waiting costs.
    let facts = CaseFacts.facts(summary)
    let colon = state.t(LocalizedText(en: ": ", zh: "："))
    // A line breaks between facts, never inside one (unless a fact alone is wider than the line).
    func addFacts(_ kinds: [CaseFacts.Kind], _ style: Style) {
      var line = ""
      for fact in facts where kinds.contains(fact.kind) {
        let item = state.t(fact.label) + colon + state.t(fact.value)
        if !line.isEmpty && line.displayWidth + 3 + item.displayWidth > width {
          add(line, style)
          line = ""
        }
        line += (line.isEmpty ? "" : " · ") + item
      }
      if !line.isEmpty { add(line, style) }
    }
    addFacts([.status, .bureau], stageStyle(summary.stage, theme))
    addFacts([.waiting], summary.costOfWaitingDay > 0 ? theme.warning : theme.muted)
    let court = summary.caseFile.courtStage(on: state.today)
    if let n = Escalation.next(daysPastDue: s.daysPastDue, inCourt: court != nil) {
      add(
        state.t(LocalizedText(en: "Typically next (not certain): ", zh: "通常接下来（并非必然）："))
          + state.t(n.step.title)
          + state.t(LocalizedText(en: " in ~\(n.inDays) days", zh: "，约 \(n.inDays) 天后")), theme.muted)
    } else if let n = CourtLadder.rungs(courtStage: court).first(where: { $0.position == .later }) {
      add(
        state.t(LocalizedText(en: "In court; next may come: ", zh: "诉讼中；之后可能：")) + state.t(n.title),
        theme.muted)
    }
    for line in courtLines(state, summary.caseFile) { add(line, theme.danger) }
    let scams = summary.caseFile.contacts.filter { !summary.caseFile.warnings(for: $0).isEmpty }.count
    if scams > 0 {
      add(
        state.t(
          LocalizedText(
            en: "⚠ \(scams) contact\(scams == 1 ? "" : "s") to verify before you act",
            zh: "⚠ \(scams) 条联系记录需先核实再行动")), theme.danger)
    }
    return out
  }

  /// "Guide · Ladder · Agreement · Log (2)", the current one highlighted, and the key that moves.
  static func sectionBar(
    _ state: AppState, _ summary: CaseSummary, _ keyMap: KeyMap, _ layout: Layout,
    _ buffer: inout ScreenBuffer,
    _ theme: Theme
  ) {
    let rect = layout.bar
    guard !rect.isEmpty else { return }
    buffer.fill(rect, style: theme.base)
    let current = state.caseSection
    var x = rect.x + 1
    for section in CaseSection.allCases {
      var name = state.t(section.title)
      if section == .log { name += " (\(summary.caseFile.contacts.count))" }
      let style = section == current ? theme.selection : theme.accent
      x += buffer.put(" " + name + " ", x: x, y: rect.y, style: style, clip: rect)
      x += 1
    }
    let key = keyMap.keys(for: .nextSection, in: .caseFile).first?.name ?? "Tab"
    var hint = state.t(LocalizedText(en: "\(key): next section", zh: "\(key)：下一部分"))
    // Where the ladder, agreement and log pane is, when it scrolls.
    let details = detailLines(state, summary, width: layout.details.width - 1, theme)
    let last = max(0, details.lines.count - layout.details.height)
    if last > 0 && (state.caseSection != .guide || layout.twoColumns) {
      let shown = min(state.caseScroll, last)
      hint = "\(shown + 1)–\(shown + details.lines.count - last)/\(details.lines.count) · " + hint
    }
    if x + hint.displayWidth + 1 <= rect.maxX {
      buffer.put(hint, x: rect.maxX - hint.displayWidth - 1, y: rect.y, style: theme.muted, clip: rect)
    }
  }

  static func stageStyle(_ stage: Stage, _ theme: Theme) -> Style {
    stage.isDelinquent || stage.isCourt ? theme.danger : stage.isLate ? theme.warning : theme.base
  }

  /// The guide's lines: each step, and under the selected one why, what to have ready and what
  /// Enter does; with the rows of the selected step.
  static func guideLines(_ state: AppState, _ summary: CaseSummary, width: Int, _ theme: Theme) -> (
    lines: [(String, Int, Style)], selected: Range<Int>
  ) {
    var lines: [(String, Int, Style)] = []
    lines.append(
      (
        state.t(
          LocalizedText(
            en: "What to do now — guide, last checked \(Guide.lastChecked)",
            zh: "现在该做什么 — 指南，最后核对 \(Guide.lastChecked)")), 1, theme.accent
      ))
    var selected = 0..<0
    let inner = max(10, width - 8)
    for (i, step) in summary.steps.enumerated() {
      let mark = summary.caseFile.guide[step.id]
      let box = mark?.state == .done ? "[x]" : mark?.state == .skipped ? "[-]" : "[ ]"
      let isSelected = i == state.caseRow
      let when = mark.map { " \($0.on)" } ?? ""
      let start = lines.count
      let title = " \(box) \(i + 1). " + state.t(step.title) + when
      let style = isSelected ? theme.selection : (mark == nil ? theme.base : theme.muted)
      for (k, line) in title.wrapped(toWidth: max(10, width), hangingIndent: 8).enumerated() {
        lines.append((k == 0 ? line : line, 0, style))
      }
      if isSelected {
        for line in state.t(step.why).wrapped(toWidth: inner) { lines.append((line, 7, theme.base)) }
        for item in step.checklist {
          for line in ("· " + state.t(item)).wrapped(toWidth: inner, hangingIndent: 2) {
            lines.append((line, 7, theme.muted))
          }
        }
        if step.action != .none {
          for line in (state.key(.doStep, in: .caseFile) + ": " + state.t(step.action.label)).wrapped(
            toWidth: inner)
          {
            lines.append((line, 7, theme.accent))
          }
        }
        selected = start..<lines.count
      }
    }
    return (lines, selected)
  }

  /// Draws the guide, scrolled so that the selected step and as much of its explanation as fits
  /// are in view.
  static func guide(
    _ state: AppState, _ summary: CaseSummary, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    guard !rect.isEmpty else { return }
    let (lines, selected) = guideLines(state, summary, width: rect.width, theme)
    var first = max(0, selected.upperBound - rect.height)
    first = min(first, max(0, selected.lowerBound - 1))
    for (i, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
      let y = rect.y + i
      if line.1 == 0 && line.2 == theme.selection {
        buffer.put(line.0, x: rect.x, y: y, width: rect.width, style: line.2, clip: rect)
      } else {
        buffer.put(line.0, x: rect.x + line.1, y: y, style: line.2, clip: rect)
      }
    }
  }

  /// One line per court event: the paper and its countdown (or what to know, without a period).
  static func courtLines(_ state: AppState, _ file: CaseFile) -> [String] {
    let rules = state.settings.legalRules
    return file.courtEvents.reversed().map { e in
      let when = e.countdown(rules: rules, today: state.today).map { state.t($0) } ?? state.t(e.kind.action)
      let hearing = e.hearing.map { state.t(LocalizedText(en: " · hearing \($0)", zh: " · 开庭 \($0)")) } ?? ""
      return "§ " + state.t(e.kind.label) + " — " + when + hearing
    }
  }
}
