import CFAGDomain
import CFAGStore
import Foundation
import Testing

/// The tracker in the real binary under tmux: export the subgroup's pack, edit it as an agency
/// would, import it (the changes shown first) and see the update on the Actions screen.
@Suite(
  .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end journeys skipped"))
struct ActionsTmuxJourneyTests {
  @Test func exportThePackImportAnEditedCopyAndSeeTheUpdate() throws {
    let tmux = try TmuxSession()
    let store = try Store(path: tmux.databasePath)
    let workbench = try Workbench(
      store: store,
      session: Session(actor: "Tester", today: Day(iso: "2026-11-23")!, clock: { "2026-11-23T10:00:00.000Z" })
    )
    let action = try workbench.addAction(
      NewAction(
        source: .other("Rapid review of a serious incident"), owner: "police", lead: "DI Patel",
        due: Day(iso: "2027-03-31")!, text: "Audit 20 strategy discussions each quarter for the child's voice"
      )
    ).value
    try tmux.start()
    try tmux.wait(for: "There are no audits")
    try tmux.keys("7")
    try tmux.wait(for: "Action tracker: open (1 of 1)")
    try tmux.keys("E")
    try tmux.wait(for: "Export the subgroup's pack")
    let pack = tmux.folder.appendingPathComponent("pack.csv").path
    try tmux.keys("C-u")
    try tmux.type(pack)
    try tmux.keys("C-s")
    try tmux.wait(for: "Wrote the pack for all agencies")
    try ActionsPackEdit.setStatus(pack, of: action.id, to: "in-progress", note: "First quarter's audit done")
    try tmux.keys("I")
    try tmux.wait(for: "Import agencies' updates")
    try tmux.type(pack)
    try tmux.keys("Enter")
    try tmux.wait(for: "2 change(s) to 1 action(s)")
    try tmux.wait(for: "status: not-started → in-progress")
    #expect(try workbench.action(action.id).status == .notStarted)
    try tmux.keys("y")
    try tmux.wait(for: "Latest: 2026-11-23")
    let screen = try tmux.wait(for: "In progress")
    #expect(screen.contains("First quarter's audit done"))
    #expect(try workbench.action(action.id).status == .inProgress)
  }
}
