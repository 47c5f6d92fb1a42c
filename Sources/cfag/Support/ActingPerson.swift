import CFAGDomain
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who is acting, for the change log and the screens' title bar: `--as`, else `$CFAG_USER`, else
/// the account name from the password database, which works where the login name does not (tmux,
/// SSH without a utmp entry, cron). Never "unknown".
struct ActingPerson: Equatable {
  /// Where the name came from.
  enum Origin: String {
    case option = "--as"
    case variable = "CFAG_USER"
    case account = "the account name"
    case user = "USER"
    case logname = "LOGNAME"
    case userID = "the user id"
  }

  var name: String
  var origin: Origin

  /// The person acting; `account` looks the effective user up (injected by tests).
  static func resolve(
    option: String?, variables: [String: String], account: () -> String? = accountName
  ) -> ActingPerson {
    func named(_ origin: Origin, _ name: String?) -> ActingPerson? {
      guard let name = name?.trimmingWhitespace, !name.isEmpty else { return nil }
      return ActingPerson(name: name, origin: origin)
    }
    return named(.option, option) ?? named(.variable, variables["CFAG_USER"]) ?? named(.account, account())
      ?? named(.user, variables["USER"]) ?? named(.logname, variables["LOGNAME"])
      ?? ActingPerson(name: "uid \(geteuid())", origin: .userID)
  }

  /// The effective user's name in the password database (`getpwuid(geteuid())`), if it has one.
  static func accountName() -> String? {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }
}
