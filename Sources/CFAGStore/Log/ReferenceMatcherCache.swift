import CFAGDomain
import Foundation

/// The personal-data check's reference matchers, kept by the case references they match while the
/// store is open: each action on an audit reads its references, and builds their matcher only when
/// they differ from every list seen before (a case added makes a new list, so a new matcher).
final class ReferenceMatcherCache: @unchecked Sendable {
  private let lock = NSLock()
  private var matchers: [[String]: ReferenceMatcher] = [:]
  /// How many lists are kept; past it the cache starts again.
  private let capacity = 256

  init() {}

  /// The matcher of `references`, built the first time this list is seen.
  func matcher(of references: [String]) -> ReferenceMatcher {
    if let known = lock.withLock({ matchers[references] }) { return known }
    let matcher = ReferenceMatcher(references.map(CaseReference.init(trusted:)))
    lock.withLock {
      if matchers.count >= capacity { matchers.removeAll() }
      matchers[references] = matcher
    }
    return matcher
  }
}
