import CFAGDomain
import TUIKit

/// What meeting mode's actions do.
enum MeetingUpdate {
  static func update(_ state: inout AppState, _ action: MeetingAction) -> [Command<AppEffect>] {
    guard case .meeting(var meeting) = state.screen else { return [] }
    let cases = state.record(meeting.auditID)?.includedCases ?? []
    switch action {
    case .nextCase:
      guard meeting.index + 1 < cases.count else {
        state.replaceTop(.meeting(meeting))
        state.push(.summary(SummaryState(auditID: meeting.auditID)))
        state.inform("That was the last case: here is the summary. q goes back to the meeting.")
        return []
      }
      meeting.index += 1
      meeting.caseStartedAt = state.now
      state.status = nil
    case .previousCase:
      guard meeting.index > 0 else {
        state.inform("This is the first case.")
        return []
      }
      meeting.index -= 1
      meeting.caseStartedAt = state.now
      state.status = nil
    case .openCase:
      guard cases.indices.contains(meeting.index) else { return [] }
      state.push(
        .casePanel(CasePanelState(auditID: meeting.auditID, reference: cases[meeting.index].reference)))
      return []
    case .summary:
      state.push(.summary(SummaryState(auditID: meeting.auditID)))
      return []
    case .toggleAgenda:
      meeting.showsAgenda.toggle()
    case .askLength:
      let hours = Double(state.meetingMinutes) / 60
      state.overlay = .form(
        FormState(
          title: "Meeting length",
          intro: "The length is shared out equally between the cases for their time budgets.",
          fields: [.init("Hours", value: hours.formatted, hint: "e.g. 6 or 5.5")]
        ) { .meeting(.setLength($0["Hours"])) })
    case .setLength(let text):
      guard let hours = Double(text.trimmingWhitespace), hours > 0, hours <= 24 else {
        state.fail("meeting length \"\(text)\" is not a number of hours between 0 and 24")
        return []
      }
      state.meetingMinutes = Int((hours * 60).rounded())
      state.overlay = nil
      state.inform("Meeting length set to \(hours.formatted) hours.")
    }
    state.replaceTop(.meeting(meeting))
    return []
  }
}

extension Double {
  /// "6" for whole numbers, "5.5" otherwise.
  var formatted: String {
    self == rounded() ? String(Int(self)) : String(self)
  }
}
