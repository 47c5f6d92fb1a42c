import CFAGDomain

enum AgencyOperations {
  static func values(_ agency: Agency, position: Int) -> [(String, SQLValue)] {
    [
      (AgencyTable.name, agency.name.sqlValue), (AgencyTable.shortName, agency.shortName.sqlValue),
      (AgencyTable.kind, agency.kind.rawValue.sqlValue), (AgencyTable.retired, agency.retired.dbValue),
      (AgencyTable.position, position.sqlValue),
    ]
  }

  static func agency(_ row: SQLRow) -> Agency {
    Agency(
      id: row["id"], name: row["name"], shortName: row["short_name"],
      kind: Agency.Kind(rawValue: row["kind"]) ?? .relevant, retired: row["retired"])
  }

  static func directory(_ db: any StoreConnection) throws -> AgencyDirectory { try db.fetch(directoryQuery) }

  /// The agency `text` names, as `AgencyDirectory.resolve` finds it. An id names its agency
  /// outright (ids are unique), so that row alone is read; any other text reads the whole list.
  static func resolve(_ db: any StoreConnection, _ text: String) throws -> Agency {
    if let row = try db.row("SELECT * FROM agency WHERE id = ?", [text]) { return agency(row) }
    return try directory(db).resolve(text)
  }

  /// Every agency, in the list's order (`position`): put in order here, not by the database, which
  /// in a new PostgreSQL session costs more than sorting the few agencies.
  static let directoryQuery = StoreQuery("SELECT * FROM agency") { rows in
    AgencyDirectory(rows.sorted { ($0["position"] as Int) < ($1["position"] as Int) }.map(agency))
  }
}

extension Workbench {
  /// The partnership's agency list, in order, retired ones included.
  public func agencyDirectory() throws -> AgencyDirectory {
    try store.read(AgencyOperations.directory)
  }

  /// Adds an agency and returns it.
  public func addAgency(name: String, shortName: String?, kind: Agency.Kind) throws -> Agency {
    let name = name.trimmingWhitespace
    guard !name.isEmpty else { throw DomainError.missing(field: "name", reason: "an agency needs a name") }
    return try perform { tx in
      let directory = try AgencyOperations.directory(tx.db)
      let agency = Agency(
        id: Agency.slug(name), name: name, shortName: shortName?.trimmingWhitespace ?? name, kind: kind)
      if let clash = directory.agencies.first(where: {
        $0.id == agency.id || $0.name.lowercased() == name.lowercased()
      }) {
        throw DomainError.refused("agency \"\(clash.name)\" is already on the list (id \(clash.id))")
      }
      try tx.insert(
        AgencyTable.self, id: agency.id, auditID: nil,
        AgencyOperations.values(agency, position: directory.agencies.count))
      return agency
    }
  }

  /// Renames an agency; its id, and so every record that names it, stays the same.
  public func renameAgency(_ text: String, name: String?, shortName: String?) throws {
    try perform { tx in
      let agency = try AgencyOperations.directory(tx.db).resolve(text)
      var changes: [(String, SQLValue)] = []
      if let name = name?.trimmingWhitespace, !name.isEmpty {
        changes.append((AgencyTable.name, name.sqlValue))
      }
      if let short = shortName?.trimmingWhitespace, !short.isEmpty {
        changes.append((AgencyTable.shortName, short.sqlValue))
      }
      guard !changes.isEmpty else {
        throw DomainError.missing(field: "name", reason: "give a new name or short name")
      }
      try tx.update(AgencyTable.self, id: agency.id, auditID: nil, changes)
    }
  }

  /// Retires an agency: kept for history, no longer offered or accepted for new records.
  public func retireAgency(_ text: String) throws {
    try perform { tx in
      let agency = try AgencyOperations.directory(tx.db).resolve(text)
      try tx.update(AgencyTable.self, id: agency.id, auditID: nil, [(AgencyTable.retired, true.dbValue)])
    }
  }
}
