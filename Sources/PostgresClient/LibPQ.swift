import CPQ

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libpq's functions, looked up at run time in the shared library rather than linked, so that a
/// program that never opens a PostgreSQL store never loads libpq and the libraries it pulls in.
/// Loaded once, on first use, by `LibPQ.load()`; the table is immutable afterwards.
public struct LibPQ: Sendable {
  /// The file name `load()` opens.
  #if canImport(Darwin)
    public static let defaultLibrary = "libpq.5.dylib"
  #else
    public static let defaultLibrary = "libpq.so.5"
  #endif

  /// The default library, or why it could not be loaded: worked out once (a static let is
  /// initialised lazily, once, thread-safely).
  private static let shared = Result { () throws(PGError) in try LibPQ(library: defaultLibrary) }

  /// libpq, loaded on the first call; throws, every time, when it is missing.
  public static func load() throws(PGError) -> LibPQ { try shared.get() }

  let connectdbParams: cpq_PQconnectdbParams
  let connectStartParams: cpq_PQconnectStartParams
  let connectPoll: cpq_PQconnectPoll
  let status: cpq_PQstatus
  let errorMessage: cpq_PQerrorMessage
  let finish: cpq_PQfinish
  let setNoticeProcessor: cpq_PQsetNoticeProcessor
  let serverVersion: cpq_PQserverVersion
  let transactionStatus: cpq_PQtransactionStatus
  let backendPID: cpq_PQbackendPID
  let socket: cpq_PQsocket
  let exec: cpq_PQexec
  let execParams: cpq_PQexecParams
  let prepare: cpq_PQprepare
  let execPrepared: cpq_PQexecPrepared
  let sendQueryParams: cpq_PQsendQueryParams
  let sendPrepare: cpq_PQsendPrepare
  let sendQueryPrepared: cpq_PQsendQueryPrepared
  let getResult: cpq_PQgetResult
  /// Pipeline mode's functions, nil in a libpq before 14 (`PGConnection.executeTogether` then
  /// runs its statements one by one).
  let pipeline: (enter: cpq_PQenterPipelineMode, exit: cpq_PQexitPipelineMode, sync: cpq_PQpipelineSync)?
  let resultStatus: cpq_PQresultStatus
  let resultErrorMessage: cpq_PQresultErrorMessage
  let resultErrorField: cpq_PQresultErrorField
  let clear: cpq_PQclear
  let ntuples: cpq_PQntuples
  let nfields: cpq_PQnfields
  let fname: cpq_PQfname
  let fnumber: cpq_PQfnumber
  let ftype: cpq_PQftype
  let getvalue: cpq_PQgetvalue
  let getlength: cpq_PQgetlength
  let getisnull: cpq_PQgetisnull
  let cmdTuples: cpq_PQcmdTuples
  let consumeInput: cpq_PQconsumeInput
  let notifies: cpq_PQnotifies
  let freemem: cpq_PQfreemem
  let escapeIdentifier: cpq_PQescapeIdentifier
  let escapeLiteral: cpq_PQescapeLiteral
  let conninfoParse: cpq_PQconninfoParse
  let conninfoFree: cpq_PQconninfoFree

  /// Opens `library` (a file name the dynamic loader searches for, or a path) and looks up every
  /// function; the library stays loaded for the life of the process. Its calls (and those of the
  /// twenty libraries it needs: TLS, Kerberos, LDAP) are bound when first made where a library
  /// allows it; most of those are built to bind all at load, some 17,000 look-ups. With
  /// `RTLD_DEEPBIND` each looks in libpq's own libraries before the program's (where none of them
  /// is: the program exports nothing libpq uses), a fifth of loading's instructions fewer. Nothing
  /// crosses the two: what libpq allocates it frees (`PQfreemem`, `PQclear`). (A sanitizer's
  /// runtime refuses `RTLD_DEEPBIND`; sanitized builds do not open PostgreSQL databases.)
  public init(library: String) throws(PGError) {
    guard let handle = dlopen(library, RTLD_LAZY | RTLD_LOCAL | RTLD_DEEPBIND) else {
      let reason = dlerror().map { String(cString: $0) } ?? "\(library) could not be loaded"
      throw PGError(message: "PostgreSQL support needs libpq (Debian: apt-get install libpq5): \(reason)")
    }
    func function<Pointer>(_ name: String) throws(PGError) -> Pointer {
      guard let symbol = dlsym(handle, name) else {
        throw PGError(message: "PostgreSQL support needs libpq, but \(library) has no \(name)")
      }
      return unsafeBitCast(symbol, to: Pointer.self)
    }
    connectdbParams = try function("PQconnectdbParams")
    connectStartParams = try function("PQconnectStartParams")
    connectPoll = try function("PQconnectPoll")
    status = try function("PQstatus")
    errorMessage = try function("PQerrorMessage")
    finish = try function("PQfinish")
    setNoticeProcessor = try function("PQsetNoticeProcessor")
    serverVersion = try function("PQserverVersion")
    transactionStatus = try function("PQtransactionStatus")
    backendPID = try function("PQbackendPID")
    socket = try function("PQsocket")
    exec = try function("PQexec")
    execParams = try function("PQexecParams")
    prepare = try function("PQprepare")
    execPrepared = try function("PQexecPrepared")
    sendQueryParams = try function("PQsendQueryParams")
    sendPrepare = try function("PQsendPrepare")
    sendQueryPrepared = try function("PQsendQueryPrepared")
    getResult = try function("PQgetResult")
    pipeline = try? (
      function("PQenterPipelineMode"), function("PQexitPipelineMode"), function("PQpipelineSync")
    )
    resultStatus = try function("PQresultStatus")
    resultErrorMessage = try function("PQresultErrorMessage")
    resultErrorField = try function("PQresultErrorField")
    clear = try function("PQclear")
    ntuples = try function("PQntuples")
    nfields = try function("PQnfields")
    fname = try function("PQfname")
    fnumber = try function("PQfnumber")
    ftype = try function("PQftype")
    getvalue = try function("PQgetvalue")
    getlength = try function("PQgetlength")
    getisnull = try function("PQgetisnull")
    cmdTuples = try function("PQcmdTuples")
    consumeInput = try function("PQconsumeInput")
    notifies = try function("PQnotifies")
    freemem = try function("PQfreemem")
    escapeIdentifier = try function("PQescapeIdentifier")
    escapeLiteral = try function("PQescapeLiteral")
    conninfoParse = try function("PQconninfoParse")
    conninfoFree = try function("PQconninfoFree")
  }
}
