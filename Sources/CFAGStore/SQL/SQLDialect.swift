/// Where the two databases' SQL differs, in the few places the store needs: everything else the
/// store writes is the SQL both understand.
public enum SQLDialect: Sendable {
  case sqlite
  case postgres

  /// The title of the theme an audit (`alias`) keeps a copy of, for the audit list: SQLite reads it
  /// from the `audit_home` index; PostgreSQL cannot read an expression from an index, so it keeps
  /// it in a generated column rather than decompress and parse every theme.
  func themeTitle(_ alias: String) -> String {
    switch self {
    case .sqlite: "json_extract(\(alias).theme_json, '$.title')"
    case .postgres: "\(alias).theme_title"
    }
  }

  /// A migration's SQL as this dialect runs it: on PostgreSQL every text column compares and sorts
  /// byte by byte (collation "C"), as SQLite's do, whatever the database's default collation, so
  /// both list things in the same order.
  func schema(_ sql: String) -> String {
    guard self == .postgres else { return sql }
    return sql.replacing(/\bTEXT(?=[\s,;)])/, with: #"TEXT COLLATE "C""#)
  }

  /// The values of `expression` over a group run together in one text, NULLs left out (NULL when
  /// there are none), in no particular order.
  func runTogether(_ expression: String) -> String {
    switch self {
    case .sqlite: "group_concat(\(expression), '')"
    case .postgres: "string_agg(\(expression), '')"
    }
  }

  /// Where `needle` first starts in `text`, from 1; 0 when it is not there.
  func position(of needle: String, in text: String) -> String {
    switch self {
    case .sqlite: "instr(\(text), \(needle))"
    case .postgres: "strpos(\(text), \(needle))"
    }
  }
}
