import DebtCore
import TerminalUI

/// Where a binding applies. The most specific context is looked up first, then `global`.
public enum KeyContext: String, CaseIterable, Sendable {
  case global, today, list, debts, detail, caseFile = "case", letter, calendar, plan, settings, form, dialog,
    confirm, help, unsaved, page
  case rehearsal
  /// A multi-line field in focus (before the form's or the dialog's keys).
  case textArea
}

/// One key binding: the single source for what a key does, the footer hints and the help overlay.
public struct Binding: Sendable {
  public var key: Key
  public let action: Action
  public let context: KeyContext
  public let help: LocalizedText
  /// Shown in the footer of its context.
  public let inFooter: Bool
}

/// The table of key bindings. A user file can re-bind any action (see `applyingOverrides`).
public struct KeyMap: Sendable {
  public private(set) var bindings: [Binding]

  public init(bindings: [Binding]) { self.bindings = bindings }

  /// The binding of `key` in `contexts`, searched in order: what it does and where it matched
  /// (the same key moves a list, scrolls the case or the detail, by the context it matched in).
  public func binding(for key: Key, in contexts: [KeyContext]) -> Binding? {
    for context in contexts {
      if let b = bindings.first(where: { $0.context == context && $0.key == key }) { return b }
    }
    return nil
  }

  /// The action bound to `key` in `contexts`, searched in order.
  public func action(for key: Key, in contexts: [KeyContext]) -> Action? {
    binding(for: key, in: contexts)?.action
  }

  /// The bindings to hint at in the footer for these contexts (most specific first).
  public func footer(for contexts: [KeyContext]) -> [Binding] {
    contexts.flatMap { c in bindings.filter { $0.context == c && $0.inFooter } }
  }

  public func keys(for action: Action, in context: KeyContext) -> [Key] {
    bindings.filter { $0.action == action && $0.context == context }.map(\.key)
  }

  /// Replaces the keys of actions: `overrides` maps an action name to key names.
  /// Returns the problems found (unknown action or key, or a key already used in that context).
  public mutating func applyingOverrides(_ overrides: [(action: String, keys: [String], line: Int)])
    -> [String]
  {
    var problems: [String] = []
    for entry in overrides {
      guard let action = Action(rawValue: entry.action) else {
        problems.append("line \(entry.line): unknown action “\(entry.action)”")
        continue
      }
      var keys: [Key] = []
      for name in entry.keys {
        guard let key = Key(name: name) else {
          problems.append("line \(entry.line): unknown key “\(name)”")
          continue
        }
        keys.append(key)
      }
      let contexts = Set(bindings.filter { $0.action == action }.map(\.context))
      for context in contexts {
        let template = bindings.first { $0.action == action && $0.context == context }
        // A key another action already has keeps that action: taking it could leave that action
        // without a key. Quit's keys are never taken, on any screen.
        let free = keys.filter { key in
          guard
            let clash = bindings.first(where: {
              ($0.context == context || $0.action == .quit) && $0.key == key && $0.action != action
            })
          else { return true }
          problems.append(
            "line \(entry.line): \(key.name) is already bound to “\(clash.action.rawValue)” in \(context.rawValue); not taken"
          )
          return false
        }
        guard !free.isEmpty else {
          problems.append("line \(entry.line): “\(entry.action)” would have no key; its default keys stay")
          continue
        }
        bindings.removeAll {
          // Ctrl-C always quits, whatever the file says.
          $0.action == action && $0.context == context && !(action == .quit && $0.key == .control("c"))
        }
        if let t = template {
          for key in free where !(action == .quit && key == .control("c")) {
            bindings.append(
              Binding(key: key, action: action, context: context, help: t.help, inFooter: t.inFooter))
          }
        }
      }
    }
    return problems
  }

  public static let standard = KeyMap(bindings: defaultBindings)

  private static func b(
    _ key: Key, _ action: Action, _ context: KeyContext, _ en: String, _ zh: String, footer: Bool = false
  ) -> Binding {
    Binding(key: key, action: action, context: context, help: LocalizedText(en: en, zh: zh), inFooter: footer)
  }

  /// Scrolling and searching long text, in a letter or a page.
  static func pagerBindings(_ context: KeyContext) -> [Binding] {
    [
      b(.up, .moveUp, context, "scroll up", "向上滚动"),
      b(.character("k"), .moveUp, context, "scroll up", "向上滚动"),
      b(.down, .moveDown, context, "scroll down", "向下滚动"),
      b(.character("j"), .moveDown, context, "scroll down", "向下滚动"),
      b(.pageUp, .pageUp, context, "page up", "上一页"),
      b(.pageDown, .pageDown, context, "page down", "下一页"),
      b(.character(" "), .pageDown, context, "page down", "下一页"),
      b(.character("g"), .moveFirst, context, "top", "顶部"),
      b(.home, .moveFirst, context, "top", "顶部"),
      b(.character("G"), .moveLast, context, "end", "末尾"),
      b(.end, .moveLast, context, "end", "末尾"),
      b(.character("/"), .search, context, "search", "查找", footer: true),
      b(.character("n"), .nextMatch, context, "next match", "下一个匹配"),
      b(.character("N"), .previousMatch, context, "previous match", "上一个匹配"),
    ]
  }

  static let defaultBindings: [Binding] =
    [
      b(.character("?"), .help, .global, "help", "帮助", footer: true),
      b(.character("q"), .quit, .global, "quit", "退出", footer: true),
      b(.control("c"), .quit, .global, "quit", "退出"),
      b(.control("z"), .suspend, .global, "suspend to the shell", "挂起到终端"),
      b(.character("u"), .undo, .global, "undo", "撤销", footer: true),
      b(.control("r"), .redo, .global, "redo", "重做"),
      b(.character("!"), .door, .global, "someone is at the door", "有人上门", footer: true),
      b(.tab, .nextScreen, .global, "next screen", "下一页"),
      b(.backTab, .previousScreen, .global, "previous screen", "上一页"),
      b(.character("1"), .showToday, .global, "Today", "今日"),
      b(.character("2"), .showDashboard, .global, "Dashboard", "总览"),
      b(.character("3"), .showDebts, .global, "Debts", "债务"),
      b(.character("4"), .showCalendar, .global, "Calendar", "日历"),
      b(.character("5"), .showPlan, .global, "Plan", "还款计划"),
      b(.character("6"), .showSettings, .global, "Settings", "设置"),

      b(.up, .moveUp, .settings, "previous setting", "上一项"),
      b(.down, .moveDown, .settings, "next setting", "下一项"),
      b(.right, .choiceNext, .settings, "next value", "下一个值", footer: true),
      b(.character(" "), .choiceNext, .settings, "next value", "下一个值"),
      b(.left, .choicePrevious, .settings, "previous value", "上一个值", footer: true),

      b(.character("+"), .budgetUp, .plan, "budget +¥100", "预算 +¥100", footer: true),
      b(.character("="), .budgetUp, .plan, "budget +¥100", "预算 +¥100"),
      b(.character("-"), .budgetDown, .plan, "budget −¥100", "预算 −¥100", footer: true),
      b(.character("]"), .budgetUpMore, .plan, "budget +¥1,000", "预算 +¥1,000"),
      b(.character("["), .budgetDownMore, .plan, "budget −¥1,000", "预算 −¥1,000"),
      b(.character("i"), .whatIf, .plan, "what if +¥500/month", "假如每月多还 ¥500", footer: true),

      b(.character("d"), .reminderDone, .today, "done", "完成", footer: true),
      b(.character("z"), .snoozeDay, .today, "snooze a day", "推迟一天", footer: true),
      b(.character("Z"), .snoozeThreeDays, .today, "snooze 3 days", "推迟三天"),
      b(.character("T"), .snoozeUntil, .today, "snooze until a date", "推迟到某日"),
      b(.character("x"), .dismissReminder, .today, "dismiss", "忽略"),

      b(.up, .moveUp, .list, "up", "上移"),
      b(.character("k"), .moveUp, .list, "up", "上移"),
      b(.down, .moveDown, .list, "down", "下移"),
      b(.character("j"), .moveDown, .list, "down", "下移"),
      b(.pageUp, .pageUp, .list, "page up", "上一页"),
      b(.pageDown, .pageDown, .list, "page down", "下一页"),
      b(.home, .moveFirst, .list, "first", "第一项"),
      b(.end, .moveLast, .list, "last", "最后一项"),
      b(.enter, .open, .list, "open", "打开", footer: true),
      b(.character("p"), .pay, .list, "record a payment", "记一笔还款", footer: true),
      b(.character("a"), .add, .list, "add a debt", "添加债务", footer: true),

      b(.character("/"), .filter, .debts, "filter", "筛选", footer: true),
      b(.character("s"), .sort, .debts, "sort by next column", "换列排序", footer: true),
      b(.character("S"), .reverseSort, .debts, "reverse the sort", "反向排序"),
      b(.character("e"), .edit, .debts, "edit", "编辑"),
      b(.character("X"), .archive, .debts, "archive / unarchive", "归档/取消归档"),
      b(.character("D"), .delete, .debts, "delete", "删除"),
      b(.escape, .back, .debts, "clear the filter", "清除筛选"),

      b(.character("c"), .openCase, .today, "case", "应对", footer: true),
      b(.character("c"), .openCase, .debts, "open the case", "打开应对档案"),

      b(.escape, .back, .caseFile, "back", "返回", footer: true),
      b(.tab, .nextSection, .caseFile, "next section", "下一部分", footer: true),
      b(.backTab, .previousSection, .caseFile, "previous section", "上一部分"),
      b(.up, .moveUp, .caseFile, "previous step / scroll up", "上一步/向上滚动"),
      b(.character("k"), .moveUp, .caseFile, "previous step / scroll up", "上一步/向上滚动"),
      b(.down, .moveDown, .caseFile, "next step / scroll down", "下一步/向下滚动"),
      b(.character("j"), .moveDown, .caseFile, "next step / scroll down", "下一步/向下滚动"),
      b(.pageUp, .pageUp, .caseFile, "page up", "上一页"),
      b(.pageDown, .pageDown, .caseFile, "page down", "下一页"),
      b(.home, .moveFirst, .caseFile, "first", "第一项"),
      b(.end, .moveLast, .caseFile, "last", "最后一项"),
      b(.character("d"), .stepDone, .caseFile, "step done / not done", "完成/取消完成", footer: true),
      b(.character(" "), .stepDone, .caseFile, "step done / not done", "完成/取消完成"),
      b(.character("x"), .stepSkipped, .caseFile, "skip the step / not skipped", "跳过/取消跳过"),
      b(.enter, .doStep, .caseFile, "do the step", "执行此步", footer: true),
      b(.character("l"), .recordContact, .caseFile, "record a contact", "记录联系", footer: true),
      b(.character("o"), .offerCalculator, .caseFile, "offer calculator", "还款能力计算", footer: true),
      b(.character("w"), .draftLetter, .caseFile, "draft a letter", "起草信函", footer: true),
      b(.character("A"), .recordAgreement, .caseFile, "record an agreement", "记录协议"),
      b(.character("p"), .pay, .caseFile, "record a payment", "记一笔还款"),

      b(.character("r"), .rehearse, .caseFile, "rehearse the call", "通话前准备", footer: true),
      b(.character("L"), .liveCall, .caseFile, "live-call card", "实时通话卡"),
      b(.character("L"), .liveCall, .today, "live-call card", "实时通话卡"),
      b(.character("L"), .liveCall, .debts, "live-call card", "实时通话卡"),
      b(.character("L"), .liveCall, .detail, "live-call card", "实时通话卡"),
      b(.escape, .back, .rehearsal, "close", "关闭", footer: true),
      b(.character("L"), .liveCall, .rehearsal, "start the live-call card", "开始实时通话卡", footer: true),
      b(.control("s"), .saveRehearsal, .rehearsal, "save as Markdown", "保存为 Markdown", footer: true),

      b(.escape, .back, .letter, "close", "关闭", footer: true),
      b(.right, .nextLetter, .letter, "next kind", "下一种", footer: true),
      b(.left, .previousLetter, .letter, "previous kind", "上一种"),
      b(.control("s"), .saveLetter, .letter, "save as Markdown", "保存为 Markdown", footer: true),

      // Long text: the letters and every page (the door page, guide pages); the same keys in both.
      b(.escape, .back, .page, "close", "关闭", footer: true),
      b(.character("q"), .back, .page, "close", "关闭"),
    ] + pagerBindings(.letter) + pagerBindings(.page) + [
      b(.escape, .back, .detail, "back", "返回", footer: true),
      b(.character("p"), .pay, .detail, "record a payment", "记一笔还款", footer: true),
      b(.character("e"), .edit, .detail, "edit", "编辑", footer: true),
      b(.character("D"), .delete, .detail, "delete", "删除", footer: true),
      b(.character("X"), .archive, .detail, "archive / unarchive", "归档/取消归档"),
      b(.character("c"), .openCase, .detail, "case", "应对档案", footer: true),
      b(.up, .moveUp, .detail, "scroll up", "向上滚动"),
      b(.down, .moveDown, .detail, "scroll down", "向下滚动"),
      b(.pageUp, .pageUp, .detail, "page up", "上一页"),
      b(.pageDown, .pageDown, .detail, "page down", "下一页"),
      b(.home, .moveFirst, .detail, "top", "顶部"),
      b(.end, .moveLast, .detail, "bottom (payments)", "底部（还款记录）"),

      b(.left, .previousDay, .calendar, "previous day", "前一天"),
      b(.right, .nextDay, .calendar, "next day", "后一天"),
      b(.up, .previousWeek, .calendar, "previous week", "上一周"),
      b(.down, .nextWeek, .calendar, "next week", "下一周"),
      b(.character("<"), .previousMonth, .calendar, "previous month", "上个月", footer: true),
      b(.character(">"), .nextMonth, .calendar, "next month", "下个月", footer: true),
      b(.character("t"), .goToToday, .calendar, "today", "回到今天", footer: true),

      b(.tab, .nextField, .form, "next field", "下一项", footer: true),
      b(.down, .nextField, .form, "next field", "下一项"),
      b(.backTab, .previousField, .form, "previous field", "上一项"),
      b(.up, .previousField, .form, "previous field", "上一项"),
      b(.enter, .submit, .form, "save", "保存", footer: true),
      b(.control("s"), .submit, .form, "save", "保存"),
      b(.escape, .cancel, .form, "cancel", "取消", footer: true),
      b(.character(" "), .choiceNext, .form, "next choice", "下一个选项"),

      b(.tab, .nextField, .dialog, "next field", "下一项", footer: true),
      b(.enter, .submit, .dialog, "confirm", "确认", footer: true),
      b(.control("s"), .submit, .dialog, "confirm", "确认"),
      b(.escape, .cancel, .dialog, "cancel", "取消", footer: true),

      b(.character("y"), .confirmYes, .confirm, "yes", "是", footer: true),
      b(.character("n"), .confirmNo, .confirm, "no", "否", footer: true),
      b(.escape, .confirmNo, .confirm, "no", "否"),

      b(.character("r"), .retrySave, .unsaved, "try the save again", "重试保存", footer: true),
      b(.character("e"), .exportUnsaved, .unsaved, "export to a file", "导出到文件", footer: true),
      b(.character("Q"), .quitUnsaved, .unsaved, "quit, losing the change", "退出并丢弃修改", footer: true),
      b(.escape, .confirmNo, .unsaved, "stay", "留在程序中", footer: true),

      b(.escape, .back, .help, "close", "关闭", footer: true),
      b(.character("?"), .back, .help, "close", "关闭"),
      b(.character("q"), .back, .help, "close", "关闭"),
    ] + overlayHelpBindings + textAreaBindings + pageBindings
}
