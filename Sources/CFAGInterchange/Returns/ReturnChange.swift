import CFAGDomain

/// One field of a case's return that a newer file changes: shown before it replaces the return.
public struct ReturnChange: Sendable, Equatable {
  public var reference: CaseReference
  /// The item's key in return files (`q:referral-timely`, `grade`, ...).
  public var item: String
  public var old: String
  public var new: String

  public init(reference: CaseReference, item: String, old: String, new: String) {
    self.reference = reference
    self.item = item
    self.old = old
    self.new = new
  }

  /// Every item whose value differs between an earlier return and its replacement, in form order.
  public static func changes(from old: AgencyReturn, to new: AgencyReturn, theme: Theme) -> [ReturnChange] {
    ReturnItem.all(for: theme).compactMap { item in
      let before = ReturnPack.cell(item, old)
      let after = ReturnPack.cell(item, new)
      return before == after
        ? nil : ReturnChange(reference: new.reference, item: item.key, old: before, new: after)
    }
  }
}
