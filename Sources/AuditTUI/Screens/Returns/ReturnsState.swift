import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import TUIKit

/// The cases × agencies grid of an audit's returns: returned, not involved or missing, against the
/// deadline. A cell opens to type that agency's return for that case.
public struct ReturnsState {
  public var auditID: AuditID
  /// The case row.
  public var rows = ListState()
  /// The agency column.
  public var column = 0

  public init(auditID: AuditID) {
    self.auditID = auditID
  }
}

/// What the returns screen does.
public enum ReturnsAction: Sendable {
  case move(ListMove)
  case left, right
  /// Enter: type the selected cell's return.
  case open
  case saveReturn(reference: String, agency: String, FormValues)
  case notInvolved
  case askWithdraw
  case withdraw(reference: String, agency: String, reason: String)
  case askAgency
  case addAgency(String)
  case askDeadline
  case setDeadline(String)
  case askImport
  case importFile(String)
  case askTemplates
  case templates(FormValues)
  case askPack
  case pack(String)
  /// Problems of a refused import, shown in a reader.
  case importRefused(path: String, problems: [String])
  /// A file was written.
  case done(String)
}
