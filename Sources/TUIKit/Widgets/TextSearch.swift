/// Case-insensitive substring search for `/` search in lists and tables.
public enum TextSearch {
  /// True when `query` is empty or occurs in `text`, ignoring case.
  public static func matches(_ text: String, _ query: String) -> Bool {
    query.isEmpty || text.lowercased().contains(query.lowercased())
  }

  /// Indices of the items matching `query`, in order.
  public static func filter(_ items: [String], query: String) -> [Int] {
    items.indices.filter { matches(items[$0], query) }
  }

  /// The next matching index after `start` (wrapping round), or nil when nothing matches.
  /// Pass `backwards` to search upwards; `start` nil searches from the beginning.
  public static func next(
    in items: [String], query: String, after start: Int?, backwards: Bool = false
  ) -> Int? {
    guard !items.isEmpty, !query.isEmpty else { return nil }
    let count = items.count
    let origin = start ?? (backwards ? 0 : count - 1)
    for step in 1...count {
      let index = ((origin + (backwards ? -step : step)) % count + count) % count
      if matches(items[index], query) { return index }
    }
    return nil
  }
}
