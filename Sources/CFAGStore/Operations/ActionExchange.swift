import CFAGDomain
import CFAGInterchange
import Foundation

extension Workbench {
  /// The subgroup's pack, for every agency or one (short forms accepted), holding the actions
  /// `selection` chooses, their free text anonymised against every audit's cases.
  public func trackerPack(
    agency: String? = nil, selection: TrackerPack.Selection = TrackerPack.Selection(),
    settings: DocumentSettings? = nil
  ) throws -> TrackerPack {
    let directory = try agencyDirectory()
    let owner = try agency.map { try directory.resolve($0) }
    let actions = try actions(ActionFilter(agency: owner?.id))
    return TrackerPack(
      actions: actions,
      agencyNames: Dictionary(uniqueKeysWithValues: directory.agencies.map { ($0.id, $0.shortName) }),
      anonymiser: try packAnonymiser(), today: session.today, scope: owner?.name ?? "all agencies",
      selection: selection, settings: settings)
  }

  /// The anonymiser of packs: the cases of every audit, named with their audit.
  func packAnonymiser() throws -> Anonymiser { Anonymiser(try allRecords(.withoutReturns)) }

  /// Applies the edits agencies made to an exported pack's CSV, all in one transaction, or only
  /// plans them (`dryRun`). Throws `TrackerImportFailure`, listing every problem by line, and
  /// applies nothing, while any problem remains.
  public func importActionUpdates(_ data: Data, dryRun: Bool) throws -> TrackerImportPlan {
    let (rows, problems) = TrackerCSVReader.read(data)
    let anonymiser = try packAnonymiser()
    func plan(_ db: any StoreConnection) throws -> TrackerImportPlan {
      let current = Dictionary(uniqueKeysWithValues: try ActionOperations.all(db).map { ($0.id, $0) })
      let directory = try AgencyOperations.directory(db)
      let names = Dictionary(
        directory.agencies.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a })
      let plan = TrackerImportPlan(
        rows: rows, problems: problems, current: { current[$0] }, author: session.actor, today: session.today,
        agencyName: { names[$0] ?? $0 }, agencyID: { try? directory.resolve($0).id },
        anonymiser: anonymiser)
      guard plan.problems.isEmpty else { throw TrackerImportFailure(problems: plan.problems) }
      return plan
    }
    if dryRun { return try store.read(plan) }
    return try perform { tx in
      let plan = try plan(tx.db)
      for entry in plan.entries {
        try ActionOperations.save(
          tx, from: entry.before, to: entry.after, reason: entry.reason ?? "pack import")
      }
      return plan
    }
  }
}
