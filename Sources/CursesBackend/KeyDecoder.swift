import CCurses
import TUIKit

/// Turns what `get_wch` returned into a `Key`.
enum KeyDecoder {
  /// - Parameters:
  ///   - status: `OK` for a character, `KEY_CODE_YES` for a function key.
  ///   - value: the character or key code.
  static func key(status: Int32, value: UInt32) -> Key {
    status == KEY_CODE_YES ? functionKey(Int32(bitPattern: value)) : character(value)
  }

  static func character(_ value: UInt32) -> Key {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .ctrl(" ")
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value + 96))))
    case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(value + 64))))
    default:
      guard let scalar = Unicode.Scalar(value) else { return .unknown }
      return .character(Character(scalar))
    }
  }

  static func functionKey(_ code: Int32) -> Key {
    let f0 = cfag_key_f0()
    if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_DC: return .delete
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize
    default: return .unknown
    }
  }
}
