import CFAGDomain
import CFAGStore
import Testing

/// Putting right what was saved: an action's text, owner and lead, and an escalation's concern,
/// owner, lead and due date, each logged with its reason and each reversible.
struct ActionCorrectionTests {
  @Test func anActionsTextOwnerAndLeadAreCorrectedAndLoggedWithTheReason() throws {
    let fixture = try StoreFixture()
    let (_, recommendation, _) = try ActionTrackerTests.audited(fixture)
    let id = try ActionTrackerTests.raise(fixture, .recommendation(recommendation), due: "2027-02-01")
    let saved = try fixture.workbench.updateAction(
      id,
      ActionUpdate(
        lead: "DI Jones", owner: "social care", text: "Brief every CIN core group on escalation by March",
        reason: "lead and owner were swapped at the meeting"))
    #expect(saved.value.map(\.field) == ["text", "lead", "owner"])
    let action = try fixture.workbench.action(id)
    #expect(action.lead == "DI Jones")
    #expect(action.owner == "medway-council-childrens-services")
    #expect(action.text == "Brief every CIN core group on escalation by March")
    let logged = try fixture.workbench.history(.action(id)).filter { $0.oldValue != nil }
    #expect(Set(logged.map(\.field)) == ["text", "lead", "owner"])
    #expect(logged.allSatisfy { $0.reason == "lead and owner were swapped at the meeting" })
  }

  @Test func aCorrectedTextIsCheckedForPersonalData() throws {
    let fixture = try StoreFixture()
    let (_, recommendation, _) = try ActionTrackerTests.audited(fixture)
    let id = try ActionTrackerTests.raise(fixture, .recommendation(recommendation), due: "2027-02-01")
    let saved = try fixture.workbench.updateAction(
      id, ActionUpdate(text: "Review mc 1002 with Mr Smith's social worker"))
    #expect(Set(saved.warnings.map(\.kind)) == [.caseReference, .name])
    #expect(saved.warnings.allSatisfy { $0.field == .text })
  }

  @Test func anEmptyTextOrAnUnknownOwnerIsRefusedAndNothingChanges() throws {
    let fixture = try StoreFixture()
    let (_, recommendation, _) = try ActionTrackerTests.audited(fixture)
    let id = try ActionTrackerTests.raise(fixture, .recommendation(recommendation), due: "2027-02-01")
    let before = try fixture.dump()
    #expect { try fixture.workbench.updateAction(id, ActionUpdate(text: "  ")) } throws: {
      ($0 as? DomainError)?.field == .text
    }
    #expect { try fixture.workbench.updateAction(id, ActionUpdate(owner: "the fire brigade")) } throws: {
      ($0 as? DomainError)?.field == .agency
    }
    #expect(try fixture.dump() == before)
  }

  @Test func anEscalationsSwappedConcernAndLeadArePutRight() throws {
    let fixture = try StoreFixture()
    let audit = try fixture.audit(cases: 2)
    let id = try fixture.workbench.escalate(
      audit, reference: "MC-1002", reason: "Team manager", owner: "police",
      lead: "No safety plan for the baby"
    ).value
    let original = try fixture.workbench.action(id)
    let due = original.due.adding(days: 1)
    let saved = try fixture.workbench.updateAction(
      id,
      ActionUpdate.correction(
        text: "No safety plan for the baby", owner: "social care", lead: "Team manager", due: due,
        reason: "concern and lead were typed the wrong way round"))
    #expect(saved.value.map(\.field) == ["due", "text", "lead", "owner"])
    var corrected = try fixture.workbench.action(id)
    #expect(corrected.text == "Immediate concern: No safety plan for the baby")
    #expect(TrackerAction.concern(in: corrected.text) == "No safety plan for the baby")
    #expect(corrected.lead == "Team manager")
    #expect(corrected.owner == "medway-council-childrens-services")
    #expect(corrected.due == due)
    #expect(corrected.urgent)
    #expect(try fixture.workbench.record(audit).assessment(for: CaseReference(trusted: "MC-1002")) == nil)

    try fixture.workbench.updateAction(id, ActionUpdate.correction(restoring: original, reason: "undo"))
    corrected = try fixture.workbench.action(id)
    #expect(corrected.text == original.text)
    #expect(corrected.lead == original.lead)
    #expect(corrected.owner == original.owner)
    #expect(corrected.due == original.due)
  }

  @Test func anEscalationKeepsItsConcernPrefixAndNeedsAConcern() throws {
    let fixture = try StoreFixture()
    let audit = try fixture.audit(cases: 1)
    let id = try fixture.workbench.escalate(
      audit, reference: "MC-1001", reason: "Bruising unexplained", owner: "police", lead: "DS Khan"
    ).value
    let saved = try fixture.workbench.updateAction(
      id, ActionUpdate(text: "Immediate concern: Kayden Smith hurt"))
    #expect(saved.warnings.map(\.field) == [.concern])
    #expect(try fixture.workbench.action(id).text == "Immediate concern: Kayden Smith hurt")
    #expect { try fixture.workbench.updateAction(id, ActionUpdate(text: "Immediate concern: ")) } throws: {
      ($0 as? DomainError)?.field == .text
    }
  }

  @Test func aRevisedDueDateInACorrectionTakesTheCorrectionsReason() throws {
    let fixture = try StoreFixture()
    let audit = try fixture.audit(cases: 1)
    let id = try fixture.workbench.escalate(
      audit, reference: "MC-1001", reason: "No plan", owner: "police", lead: "DS Khan"
    ).value
    let action = try fixture.workbench.action(id)
    #expect {
      try fixture.workbench.updateAction(
        id,
        ActionUpdate.correction(
          text: action.text, owner: action.owner, lead: action.lead, due: action.due.adding(days: 3),
          reason: " "))
    } throws: { ($0 as? DomainError)?.field == .dueReason }
  }
}
