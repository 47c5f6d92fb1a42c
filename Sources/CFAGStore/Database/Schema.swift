import GRDB

/// One step of the schema, written once for both databases: its SQL for a dialect.
struct Migration: Sendable {
  /// Its name, recorded in the database once applied.
  let id: String
  let sql: @Sendable (SQLDialect) -> String

  /// What runs on a database of this dialect.
  func statements(_ dialect: SQLDialect) -> String { dialect.schema(sql(dialect)) }
}

/// The database schema, as a sequence of versioned migrations. Never edit a shipped migration:
/// add a new one. SQLite's text of a shipped migration never changes either (`verify` compares a
/// file's schema with what the migrations make).
enum Schema {
  /// SQLite's migrator (GRDB's, which records each step in `grdb_migrations`).
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.id) { db in try db.execute(sql: migration.statements(.sqlite)) }
    }
    return migrator
  }

  static let migrations: [Migration] = [
    Migration(id: "v1-foundation") { dialect in
      """
      CREATE TABLE agency (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('partner', 'relevant')),
        retired INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL
      );
      CREATE TABLE audit (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        theme_id TEXT NOT NULL,
        theme_json TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        chair TEXT,
        panel_agencies TEXT NOT NULL DEFAULT '[]',
        returns_due TEXT,
        sample_json TEXT,
        signed_off_by TEXT,
        signed_off_on TEXT,
        amendment_json TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE audit_case (
        id TEXT PRIMARY KEY NOT NULL,
        audit_id TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        reference TEXT NOT NULL,
        selection TEXT NOT NULL CHECK (selection IN ('random', 'reserve', 'manual')),
        draw_order INTEGER,
        selection_reason TEXT,
        status TEXT NOT NULL CHECK (status IN ('included', 'reserve', 'replaced', 'removed')),
        status_reason TEXT,
        plan_type TEXT,
        age_band TEXT,
        position INTEGER NOT NULL,
        UNIQUE (audit_id, reference)
      );
      CREATE INDEX audit_case_audit ON audit_case(audit_id);
      CREATE TABLE agency_return (
        id TEXT PRIMARY KEY NOT NULL,
        audit_id TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        reference TEXT NOT NULL,
        agency_id TEXT NOT NULL REFERENCES agency(id),
        involved INTEGER NOT NULL,
        known_because TEXT NOT NULL DEFAULT '',
        work_done TEXT NOT NULL DEFAULT '',
        strengths TEXT NOT NULL DEFAULT '',
        gaps TEXT NOT NULL DEFAULT '',
        voice TEXT NOT NULL DEFAULT '',
        answers_json TEXT NOT NULL DEFAULT '{}',
        domain_grades_json TEXT NOT NULL DEFAULT '{}',
        overall_grade TEXT,
        FOREIGN KEY (audit_id, reference) REFERENCES audit_case(audit_id, reference) ON DELETE CASCADE
      );
      CREATE INDEX agency_return_audit ON agency_return(audit_id);
      CREATE TABLE assessment (
        id TEXT PRIMARY KEY NOT NULL,
        audit_id TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        reference TEXT NOT NULL,
        overall_grade TEXT NOT NULL
          CHECK (overall_grade IN ('good', 'requires-improvement', 'inadequate')),
        rationale TEXT NOT NULL,
        domain_grades_json TEXT NOT NULL DEFAULT '{}',
        findings_json TEXT NOT NULL DEFAULT '[]',
        good_practice TEXT NOT NULL DEFAULT '',
        voice TEXT NOT NULL DEFAULT '',
        escalated INTEGER NOT NULL DEFAULT 0,
        FOREIGN KEY (audit_id, reference) REFERENCES audit_case(audit_id, reference) ON DELETE CASCADE
      );
      CREATE INDEX assessment_audit ON assessment(audit_id);
      CREATE TABLE recommendation (
        id TEXT PRIMARY KEY NOT NULL,
        audit_id TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        findings_json TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL
      );
      CREATE INDEX recommendation_audit ON recommendation(audit_id);
      CREATE TABLE action (
        id TEXT PRIMARY KEY NOT NULL,
        text TEXT NOT NULL,
        source_kind TEXT NOT NULL
          CHECK (source_kind IN ('recommendation', 'escalation', 'case', 'other')),
        source_ref TEXT,
        audit_id TEXT REFERENCES audit(id) ON DELETE SET NULL,
        reference TEXT,
        owner TEXT NOT NULL REFERENCES agency(id),
        lead TEXT NOT NULL,
        created TEXT NOT NULL,
        due TEXT NOT NULL,
        due_revisions_json TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        confidence TEXT NOT NULL,
        rag_override TEXT,
        rag_reason TEXT,
        evidence TEXT NOT NULL DEFAULT '',
        closed_by TEXT,
        closed_on TEXT,
        urgent INTEGER NOT NULL DEFAULT 0,
        reaudit INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX action_audit ON action(audit_id);
      CREATE TABLE action_progress (
        id TEXT PRIMARY KEY NOT NULL,
        action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        on_day TEXT NOT NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX action_progress_action ON action_progress(action_id);
      CREATE TABLE report_section (
        id TEXT PRIMARY KEY NOT NULL,
        audit_id TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE TABLE candidate (
        reference TEXT PRIMARY KEY NOT NULL,
        plan_type TEXT NOT NULL,
        age_band TEXT,
        gender TEXT,
        team TEXT,
        start_date TEXT,
        agencies_known TEXT NOT NULL DEFAULT '',
        source TEXT,
        imported_at TEXT NOT NULL
      )\(dialect == .sqlite ? " WITHOUT ROWID" : "");
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        old_hash TEXT NOT NULL,
        new_hash TEXT NOT NULL,
        reason TEXT,
        audit_id TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX change_log_entity ON change_log(entity, entity_id);
      CREATE INDEX change_log_audit ON change_log(audit_id);
      """
    },
    Migration(id: "v2-salted-log-texts") { _ in
      // Each logged text (old value, new value, reason) gets its own random salt, and the chain
      // covers the salted hash of the reason, not the reason: a purge deletes a text with its salt,
      // so a guess can no longer be checked against the hash that stays in the chain.
      """
      ALTER TABLE change_log ADD COLUMN old_salt TEXT;
      ALTER TABLE change_log ADD COLUMN new_salt TEXT;
      ALTER TABLE change_log ADD COLUMN reason_salt TEXT;
      ALTER TABLE change_log ADD COLUMN reason_hash TEXT;
      """
    },
    Migration(id: "v3-draft-returns") { _ in
      // Returns may be drafts (derived: something still to fill in); an agency can mark a whole
      // domain not applicable; and the chase list shows when each agency's template was made.
      """
      ALTER TABLE agency_return ADD COLUMN not_applicable_json TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE return_template (
        id TEXT PRIMARY KEY NOT NULL,
        audit_id TEXT NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
        agency_id TEXT NOT NULL REFERENCES agency(id),
        made_on TEXT NOT NULL,
        format TEXT NOT NULL
      );
      CREATE INDEX return_template_audit ON return_template(audit_id);
      """
    },
    Migration(id: "v4-home-indexes") { dialect in
      // The home screen's list reads every audit's line at start: these indexes hold all it reads,
      // so the start reads them instead of every audit's stored theme and every assessment's texts.
      switch dialect {
      case .sqlite:
        """
        CREATE INDEX audit_home ON audit(
          meeting_date DESC, id DESC, title, theme_id, json_extract(theme_json, '$.title'), signed_off_by,
          sample_json IS NOT NULL);
        CREATE INDEX assessment_grade ON assessment(audit_id, reference, overall_grade);
        """
      case .postgres:
        """
        ALTER TABLE audit ADD COLUMN theme_title TEXT
          GENERATED ALWAYS AS ((theme_json::jsonb ->> 'title')) STORED;
        CREATE INDEX audit_home ON audit(meeting_date DESC, id DESC);
        CREATE INDEX assessment_grade ON assessment(audit_id, reference, overall_grade);
        """
      }
    },
    Migration(id: "v5-start-indexes") { _ in
      // What the start reads besides the audit lines: each case's status (the list's case counts
      // and grades), the open actions' standing and each action's latest note (the tracker's
      // tally on the home screen). These indexes hold all of it, so the start reads them instead
      // of the cases and every action's texts. The index of cases by audit alone was redundant
      // beside the unique (audit_id, reference), and the notes' index by action alone is a prefix
      // of the new one.
      """
      DROP INDEX audit_case_audit;
      CREATE INDEX audit_case_status ON audit_case(audit_id, reference, status);
      DROP INDEX action_progress_action;
      CREATE INDEX action_progress_day ON action_progress(action_id, on_day);
      CREATE INDEX action_open ON action(id, status, due, confidence, rag_override, urgent)
        WHERE status <> 'closed';
      """
    },
    Migration(id: "v6-signed-off-grades") { dialect in
      // A signed-off audit's grades no longer change, so the audit keeps them (each included case's
      // grade as its initial, `AuditTable.signedOffGrades`) for the audit list, which then searches
      // no case or assessment of it. Audits signed off before this migration, and not being
      // amended, get theirs here.
      let grades =
        switch dialect {
        case .sqlite: "group_concat(substr(s.overall_grade, 1, 1), '')"
        case .postgres: "string_agg(substr(s.overall_grade, 1, 1), '')"
        }
      let index =
        switch dialect {
        case .sqlite:
          """
          DROP INDEX audit_home;
          CREATE INDEX audit_home ON audit(
            meeting_date DESC, id DESC, title, theme_id, json_extract(theme_json, '$.title'), signed_off_by,
            sample_json IS NOT NULL, signed_off_grades);
          """
        case .postgres: ""
        }
      return """
        ALTER TABLE audit ADD COLUMN signed_off_grades TEXT;
        UPDATE audit SET signed_off_grades = (
          SELECT \(grades) FROM audit_case c JOIN assessment s ON s.audit_id = c.audit_id AND s.reference = c.reference
          WHERE c.audit_id = audit.id AND c.status = 'included')
        WHERE signed_off_by IS NOT NULL AND amendment_json IS NULL;
        \(index)
        """
    },
    Migration(id: "v7-audit-case-figures") { dialect in
      // The audit list's figures of every audit, kept on the audit by each change to its cases
      // and grades (`LoggedTransaction`): how many cases it lists, how many are included, and the
      // included cases' grades, each as its initial. A new session on PostgreSQL then plans the
      // list without the cases' and assessments' tables (about a millisecond of its start). They
      // replace the grades a sign-off kept, which only signed-off audits had. A panel login,
      // which grades, may write them (and only them) on PostgreSQL.
      let grades =
        switch dialect {
        case .sqlite: "group_concat(substr(s.overall_grade, 1, 1), '')"
        case .postgres: "string_agg(substr(s.overall_grade, 1, 1), '')"
        }
      let (index, grant) =
        switch dialect {
        case .sqlite:
          (
            """
            CREATE INDEX audit_home ON audit(
              meeting_date DESC, id DESC, title, theme_id, json_extract(theme_json, '$.title'), signed_off_by,
              sample_json IS NOT NULL, case_count, included_count, included_grades);
            """, ""
          )
        case .postgres:
          (
            "CREATE INDEX audit_home ON audit(meeting_date DESC, id DESC);",
            """
            DO $$ BEGIN
              IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cfag_panel') THEN
                GRANT UPDATE (case_count, included_count, included_grades) ON audit TO cfag_panel;
              END IF;
            END $$;
            """
          )
        }
      return """
        DROP INDEX audit_home;
        ALTER TABLE audit DROP COLUMN signed_off_grades;
        ALTER TABLE audit ADD COLUMN case_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE audit ADD COLUMN included_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE audit ADD COLUMN included_grades TEXT NOT NULL DEFAULT '';
        UPDATE audit SET
          case_count = (SELECT COUNT(*) FROM audit_case c WHERE c.audit_id = audit.id),
          included_count = (SELECT COUNT(*) FROM audit_case c WHERE c.audit_id = audit.id AND c.status = 'included'),
          included_grades = COALESCE((
            SELECT \(grades) FROM audit_case c JOIN assessment s ON s.audit_id = c.audit_id AND s.reference = c.reference
            WHERE c.audit_id = audit.id AND c.status = 'included'), '');
        \(index)
        \(grant)
        """
    },
  ]

  /// A PostgreSQL database's tables that record its setup (the migrations applied, the logins'
  /// roles), not the partnership's data: left out of the dump and of what a copy must find empty.
  static let postgresBookkeeping = ["cfag_migrations", "cfag_login"]

  /// Tables whose every field is covered by the change log (the candidate list is logged per import).
  static let loggedTables: [any StoredTable.Type] = [
    AgencyTable.self, AuditTable.self, AuditCaseTable.self, AgencyReturnTable.self, AssessmentTable.self,
    RecommendationTable.self, ActionTable.self, ActionProgressTable.self, ReportSectionTable.self,
    ReturnTemplateTable.self,
  ]
}
