/// The group roles, grants and row-level security policies of a shared PostgreSQL database, put
/// in place (again, harmlessly) by each `Store.addRole`. The database's owner, who migrates it,
/// owns the tables and so is not held by the policies.
enum PostgresPolicies {
  /// Tables every login reads whole.
  static let shared = ["agency", "cfag_migrations"]
  /// Tables whose rows the policies filter.
  static let filtered = [
    "audit", "audit_case", "agency_return", "assessment", "recommendation", "action", "action_progress",
    "report_section", "return_template", "candidate", "change_log",
  ]

  static var script: String {
    let groups = StoreRole.allCases.map(\.groupRole)
    var sql = groups.map { group in
      "DO $$ BEGIN CREATE ROLE \(group) NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
    }
    sql.append(
      """
      CREATE TABLE IF NOT EXISTS cfag_login (
        login TEXT PRIMARY KEY NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('manager', 'panel', 'agency')),
        agency_id TEXT REFERENCES agency(id)
      );
      CREATE OR REPLACE FUNCTION cfag_agency() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        AS 'SELECT agency_id FROM cfag_login WHERE login = session_user';
      REVOKE ALL ON cfag_login FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION cfag_agency() TO \(groups.joined(separator: ", "));
      """)
    for table in shared + filtered {
      sql.append("GRANT SELECT ON \(table) TO cfag_manager, cfag_panel;")
      sql.append("GRANT INSERT, UPDATE, DELETE ON \(table) TO cfag_manager;")
    }
    sql.append("GRANT SELECT ON agency, cfag_migrations TO cfag_agency;")
    for table in ["assessment", "recommendation", "action", "action_progress", "report_section"] {
      sql.append("GRANT INSERT, UPDATE, DELETE ON \(table) TO cfag_panel;")
    }
    // A grade changes the audit list's figures the audit keeps (`AuditTable.derivedColumns`).
    sql.append(
      "GRANT UPDATE (\(AuditTable.derivedColumns.joined(separator: ", "))) ON audit TO cfag_panel;")
    sql.append("GRANT INSERT ON change_log TO cfag_panel, cfag_agency;")
    sql.append(
      "GRANT SELECT ON audit, audit_case, agency_return, assessment, recommendation, report_section, action, "
        + "action_progress, return_template TO cfag_agency;")
    // The chain's head and who changed what when, for every write and its conflict check; never the
    // logged texts, which hold other agencies' returns.
    sql.append(
      "GRANT SELECT (seq, at, actor, entity, entity_id, field, audit_id, prev_hash, hash) ON change_log "
        + "TO cfag_agency;")
    // The candidate details of its own audits' cases (the chase list shows which agencies know them).
    sql.append("GRANT SELECT ON candidate TO cfag_agency;")
    sql.append("GRANT INSERT, UPDATE, DELETE ON agency_return TO cfag_agency;")
    sql.append("GRANT INSERT ON action_progress, return_template TO cfag_agency;")
    for table in filtered {
      sql.append(
        """
        ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS cfag_staff ON \(table);
        CREATE POLICY cfag_staff ON \(table) TO cfag_manager, cfag_panel USING (true) WITH CHECK (true);
        """)
    }
    let ownAudits = "audit_id IN (SELECT id FROM audit)"
    let agencyPolicies: [(table: String, rule: String)] = [
      ("audit", "panel_agencies::jsonb @> jsonb_build_array(cfag_agency())"),
      ("audit_case", ownAudits),
      ("assessment", ownAudits),
      ("recommendation", ownAudits),
      ("report_section", ownAudits),
      ("agency_return", "agency_id = cfag_agency() AND \(ownAudits)"),
      ("return_template", "agency_id = cfag_agency() AND \(ownAudits)"),
      ("candidate", "reference IN (SELECT reference FROM audit_case)"),
      ("action", "owner = cfag_agency()"),
      ("action_progress", "action_id IN (SELECT id FROM action)"),
      // Every record, through the columns granted above.
      ("change_log", "true"),
    ]
    for (table, rule) in agencyPolicies {
      sql.append(
        """
        DROP POLICY IF EXISTS cfag_agency ON \(table);
        CREATE POLICY cfag_agency ON \(table) TO cfag_agency USING (\(rule)) WITH CHECK (\(rule));
        """)
    }
    // Nobody writes a change record in another's name.
    sql.append(
      """
      DROP POLICY IF EXISTS cfag_actor ON change_log;
      CREATE POLICY cfag_actor ON change_log AS RESTRICTIVE FOR INSERT
        TO cfag_manager, cfag_panel, cfag_agency WITH CHECK (actor = session_user);
      """)
    return sql.joined(separator: "\n")
  }
}
