import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

@Suite("Notify in the app")
struct NotifySettingsScreenTests {
  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  @Test("Today says when the last notice went out, in both languages; nothing when none did")
  func lastNotice() {
    var s = GoldenScreenTests.demoState()
    #expect(
      !AppView.render(s, keyMap: .standard, theme: .mono, width: 120, height: 40).text.contains("notice"))
    s.notifySent = NotifySentState(
      sent: [:], lastNotice: LocalDateTime(date: s.today, hour: 9, minute: 30), lastChannel: "desktop")
    let en = AppView.render(s, keyMap: .standard, theme: .mono, width: 120, height: 40).text
    #expect(en.contains("Last notice: 2026-11-23 09:30 (desktop)"))
    s.language = .zhHans
    let zh = AppView.render(s, keyMap: .standard, theme: .mono, width: 120, height: 40).text
    #expect(zh.contains("上次通知：2026-11-23 09:30（桌面）"))
  }

  @Test("the notify time, quiet hours and channels cycle and are saved; the command is shown, not edited")
  func settingsRows() {
    var s = GoldenScreenTests.demoState()
    _ = press([.character("6")], &s)
    _ = press(Array(repeating: .down, count: 5), &s)
    var screen = AppView.render(s, keyMap: .standard, theme: .mono, width: 120, height: 40).text
    #expect(screen.contains("‹ 09:00 daily ›"))
    #expect(screen.contains("‹ 22:00–08:00 ›"))
    #expect(screen.contains("‹ desktop → terminal → text ›"))
    #expect(screen.contains("‹ none (set it in settings.json) ›"))
    var effects = press([.right], &s)
    #expect(s.settings.notify.time == 10 * 60)
    #expect(effects == [.saveSettings(s.settings)])
    _ = press([.down, .right], &s)
    #expect([s.settings.notify.quietStart, s.settings.notify.quietEnd] == [23 * 60, 7 * 60])
    _ = press([.left, .left], &s)
    #expect(s.settings.notify.quietStart == s.settings.notify.quietEnd)  // none
    _ = press([.down, .left], &s)
    #expect(s.settings.notify.channels == [])
    effects = press([.down, .right], &s)
    #expect(effects.isEmpty)
    s.settings.notify.command = ["/usr/bin/logger", "{text}"]
    s.language = .zhHans
    screen = AppView.render(s, keyMap: .standard, theme: .mono, width: 120, height: 40).text
    #expect(screen.contains("‹ 每天 10:00 起 ›"))
    #expect(screen.contains("‹ 无 ›"))
    #expect(screen.contains("‹ 仅通知命令 ›"))
    #expect(screen.contains("‹ /usr/bin/logger {text} ›"))
  }
}
