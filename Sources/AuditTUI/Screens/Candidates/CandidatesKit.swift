import CFAGDomain
import TUIKit

extension CandidatesState: ScreenKit {
  var name: String { "Candidate list" }
  static var bindings: BindingTable<AppState, AppMessage> { CandidatesBindings.table }

  func draw(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    CandidatesView.draw(self, state, into: &buffer, area: area)
  }

  func refresh(_ state: AppState) -> [Command<AppEffect>] { [.run(.candidates(.load))] }

  func history(_ state: AppState) -> HistoryState? {
    HistoryState(auditID: auditID, title: "the candidate list", scope: .candidateList)
  }
}
