/// Something that draws itself into an area of a buffer.
public protocol Widget {
  func render(into buffer: inout Buffer, area: Rect)
}
