/// Text put inside a CSS string in an HTML `<style>` element (a page's margin-box content).
public enum CSSText {
  /// The text as a CSS string's content: quotes and backslashes escaped, no line breaks, and `<` and
  /// `&` as CSS escapes, so the stylesheet stays well-formed XML and cannot be closed early.
  public static func string(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "\\3c ")
      .replacingOccurrences(of: "&", with: "\\26 ")
  }
}
