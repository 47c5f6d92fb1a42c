/// Text from the database or from outside files, made safe to print on a terminal: every character
/// that could drive the terminal instead of being shown is written as a visible escape. The C0
/// controls but tab and line feed (and carriage return before a line feed), DEL and the C1 controls
/// show as `\x1B`; the bidirectional overrides and isolates, which can make text read in a
/// different order from how it is stored, show as `\u{202E}`. So an `ESC ] 52` (clipboard) or
/// `ESC ] 0` (window title) sequence typed into a return prints as harmless characters.
///
/// Every line the command line prints for people goes through `safe`; JSON output stays exact
/// (its encoder escapes control characters itself). The screens replace such characters in the
/// cell grid.
public enum TerminalText {
  public static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
        result.append(scalar)
      } else if needsEscape(scalar) {
        result.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether printing `scalar` as it is could change the terminal rather than show a character.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return scalar.value <= 0xFF
      ? "\\x" + (hex.count < 2 ? "0" + hex : hex)
      : "\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}"
  }
}
