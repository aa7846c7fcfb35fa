import DebtCore
import TerminalUI

/// The text field in focus, wherever it is: a dialog made of fields (record a contact, an
/// agreement, the live-call card) or the add/edit form.
extension AppState {
  /// The multi-line field in focus, if one is.
  var focusedArea: TextArea? {
    if let form = overlay?.fieldForm {
      if case .area(let a) = form.fields[form.focus].value { return a }
      return nil
    }
    if overlay == nil, let form, form.focus == .notes { return form.notes }
    return nil
  }

  /// The columns the focused text area wraps at: the same as where it is drawn.
  var textAreaWidth: Int {
    switch overlay {
    case .liveCall: return LiveCallCard.boxWidth(screenWidth: contentWidth)
    case nil: return FormScreen.notesWidth(screenWidth: contentWidth)
    default: return FieldForm.boxWidth(screenWidth: contentWidth)
    }
  }

  mutating func changeFocusedArea(_ change: (inout TextArea) -> Void) {
    if let overlay, var form = overlay.fieldForm {
      guard case .area(var a) = form.fields[form.focus].value else { return }
      let before = a
      change(&a)
      // A key that changed nothing leaves the dialog as it was (the live call's armed Esc too).
      guard a != before else { return }
      form.fields[form.focus].value = .area(a)
      form.error = a.dropped > 0 ? TextAreaField.cutMessage(a) : nil
      self.overlay = overlay.replacing(form)
    } else if overlay == nil, form?.focus == .notes {
      form?.editNotes(change)
    }
  }

  /// The text of the text field (one line or several) in focus; nil when a choice or nothing is.
  var focusedText: String? {
    if let area = focusedArea { return area.text }
    if let form = overlay?.fieldForm {
      if case .text(let t) = form.fields[form.focus].value { return t.text }
      return nil
    }
    if overlay == nil, let form, !form.focus.isChoice { return form.text(form.focus).text }
    return nil
  }

  /// Replaces the text of the field in focus: a one-line field takes it as a paste (line breaks
  /// become spaces).
  mutating func setFocusedText(_ text: String) {
    if focusedArea != nil {
      changeFocusedArea { $0.set(text) }
      return
    }
    func replaced(_ field: TextField) -> TextField {
      var f = field
      f.set("")
      f.handle(.paste(text))
      return f
    }
    if let overlay, var form = overlay.fieldForm {
      guard case .text(let t) = form.fields[form.focus].value else { return }
      form.fields[form.focus].value = .text(replaced(t))
      self.overlay = overlay.replacing(form)
    } else if overlay == nil, var form = self.form, !form.focus.isChoice {
      form.replaceText(replaced(form.text(form.focus)))
      self.form = form
    }
  }

  /// What the last change of the focused field could not take, said as a message.
  var focusedCut: LocalizedText? {
    if let area = focusedArea, area.dropped > 0 { return TextAreaField.cutMessage(area) }
    return nil
  }
}
