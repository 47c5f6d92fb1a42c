import CFAGDomain

extension Workbench {
  /// The business manager's narrative sections of an audit's report, by `ReportSection.key`.
  public func reportSections(_ auditID: AuditID) throws -> [String: String] {
    try store.read { db in
      let auditID = try AuditReads.storedID(db, auditID)
      return try Self.sections(db, where: "audit_id = ?", [auditID])[auditID] ?? [:]
    }
  }

  /// Every audit's narrative sections, by audit id then section key (for the annual report).
  public func allReportSections() throws -> [AuditID: [String: String]] {
    try store.read { try Self.sections($0, where: "1", []) }
  }

  /// Writes one narrative section; empty text removes it. Refused once the audit is signed off
  /// (unless an amendment is open), and for a key theme the audit has no finding for.
  @discardableResult
  public func setReportSection(_ auditID: AuditID, section: ReportSection, text: String) throws -> Saved<Void>
  {
    let text = text.trimmingWhitespace
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(text, field: Field("section \(section.key)"), auditID: auditID)
      if case .theme(let tag) = section {
        let tags = try AuditReads.record(tx.db, auditID, themes: tx.themes).findingCounts.map(\.tag)
        guard tags.contains(tag) else {
          let known = tags.isEmpty ? "none yet" : tags.map(\.value).joined(separator: ", ")
          throw DomainError.invalid(
            field: "section", value: section.key,
            reason: "names no finding of audit \(auditID) (findings: \(known))")
        }
      }
      let id = "\(auditID)/\(section.key)"
      let exists =
        try tx.db.row("SELECT id FROM report_section WHERE id = ?", [id]) != nil
      switch (exists, text.isEmpty) {
      case (false, true): return
      case (true, true): try tx.delete(ReportSectionTable.self, id: id, auditID: auditID)
      case (true, false):
        try tx.update(
          ReportSectionTable.self, id: id, auditID: auditID, [(ReportSectionTable.text, text.sqlValue)])
      case (false, false):
        try tx.insert(
          ReportSectionTable.self, id: id, auditID: auditID,
          [
            (ReportSectionTable.auditID, auditID.sqlValue),
            (ReportSectionTable.section, section.key.sqlValue),
            (ReportSectionTable.text, text.sqlValue),
          ])
      }
    }
  }

  /// The amendments opened after sign-off, oldest first, read from the change log.
  public func amendments(_ auditID: AuditID) throws -> [Amendment] {
    try store.read { db in
      try db.values(
        String.self,
        """
        SELECT new_value FROM change_log
        WHERE entity = 'audit' AND entity_id = ? AND field = 'amendment_json' AND new_value IS NOT NULL
        ORDER BY seq
        """, [auditID]
      ).compactMap { try? JSONColumn.decode(Amendment.self, $0) }
    }
  }

  static func sections(_ db: any StoreConnection, where filter: String, _ arguments: SQLArguments) throws
    -> [AuditID: [String: String]]
  {
    var sections: [AuditID: [String: String]] = [:]
    for row in try db.rows("SELECT audit_id, section, text FROM report_section WHERE \(filter)", arguments) {
      sections[row["audit_id"] as AuditID, default: [:]][row["section"]] = row["text"]
    }
    return sections
  }
}
