#ifndef CFAG_CPQ_SHIM_H
#define CFAG_CPQ_SHIM_H
/*
 * libpq's header, for its types and constants only: this module links nothing. PostgresClient
 * loads libpq.so.5 with dlopen when a PostgreSQL store is opened and looks each function up with
 * dlsym into the pointer types below, so a program that never opens one never loads libpq (and
 * the 22 libraries it pulls in).
 */
#include <postgresql/libpq-fe.h>

/* One pointer type for each libpq function PostgresClient uses; each is checked against the
   header's own declaration, so a mismatch fails to compile. */
#define CPQ_FUNCTION(name, returns, ...)                                                          \
  typedef returns (*cpq_##name)(__VA_ARGS__);                                                     \
  _Static_assert(__builtin_types_compatible_p(cpq_##name, __typeof__(&name)), #name " signature");

CPQ_FUNCTION(PQconnectdbParams, PGconn *, const char *const *keywords, const char *const *values,
             int expand_dbname)
CPQ_FUNCTION(PQconnectStartParams, PGconn *, const char *const *keywords, const char *const *values,
             int expand_dbname)
CPQ_FUNCTION(PQconnectPoll, PostgresPollingStatusType, PGconn *conn)
CPQ_FUNCTION(PQstatus, ConnStatusType, const PGconn *conn)
CPQ_FUNCTION(PQerrorMessage, char *, const PGconn *conn)
CPQ_FUNCTION(PQfinish, void, PGconn *conn)
CPQ_FUNCTION(PQsetNoticeProcessor, PQnoticeProcessor, PGconn *conn, PQnoticeProcessor proc, void *arg)
CPQ_FUNCTION(PQserverVersion, int, const PGconn *conn)
CPQ_FUNCTION(PQtransactionStatus, PGTransactionStatusType, const PGconn *conn)
CPQ_FUNCTION(PQbackendPID, int, const PGconn *conn)
CPQ_FUNCTION(PQsocket, int, const PGconn *conn)

CPQ_FUNCTION(PQexec, PGresult *, PGconn *conn, const char *query)
CPQ_FUNCTION(PQexecParams, PGresult *, PGconn *conn, const char *command, int nParams,
             const Oid *paramTypes, const char *const *paramValues, const int *paramLengths,
             const int *paramFormats, int resultFormat)
CPQ_FUNCTION(PQprepare, PGresult *, PGconn *conn, const char *stmtName, const char *query, int nParams,
             const Oid *paramTypes)
CPQ_FUNCTION(PQexecPrepared, PGresult *, PGconn *conn, const char *stmtName, int nParams,
             const char *const *paramValues, const int *paramLengths, const int *paramFormats,
             int resultFormat)

CPQ_FUNCTION(PQsendQueryParams, int, PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
             const char *const *paramValues, const int *paramLengths, const int *paramFormats,
             int resultFormat)
CPQ_FUNCTION(PQsendPrepare, int, PGconn *conn, const char *stmtName, const char *query, int nParams,
             const Oid *paramTypes)
CPQ_FUNCTION(PQsendQueryPrepared, int, PGconn *conn, const char *stmtName, int nParams,
             const char *const *paramValues, const int *paramLengths, const int *paramFormats,
             int resultFormat)
CPQ_FUNCTION(PQgetResult, PGresult *, PGconn *conn)
/* Pipeline mode: libpq 14 and later (looked up optionally). */
CPQ_FUNCTION(PQenterPipelineMode, int, PGconn *conn)
CPQ_FUNCTION(PQexitPipelineMode, int, PGconn *conn)
CPQ_FUNCTION(PQpipelineSync, int, PGconn *conn)

CPQ_FUNCTION(PQresultStatus, ExecStatusType, const PGresult *res)
CPQ_FUNCTION(PQresultErrorMessage, char *, const PGresult *res)
CPQ_FUNCTION(PQresultErrorField, char *, const PGresult *res, int fieldcode)
CPQ_FUNCTION(PQclear, void, PGresult *res)
CPQ_FUNCTION(PQntuples, int, const PGresult *res)
CPQ_FUNCTION(PQnfields, int, const PGresult *res)
CPQ_FUNCTION(PQfname, char *, const PGresult *res, int field_num)
CPQ_FUNCTION(PQfnumber, int, const PGresult *res, const char *field_name)
CPQ_FUNCTION(PQftype, Oid, const PGresult *res, int field_num)
CPQ_FUNCTION(PQgetvalue, char *, const PGresult *res, int tup_num, int field_num)
CPQ_FUNCTION(PQgetlength, int, const PGresult *res, int tup_num, int field_num)
CPQ_FUNCTION(PQgetisnull, int, const PGresult *res, int tup_num, int field_num)
CPQ_FUNCTION(PQcmdTuples, char *, PGresult *res)

CPQ_FUNCTION(PQconsumeInput, int, PGconn *conn)
CPQ_FUNCTION(PQnotifies, PGnotify *, PGconn *conn)
CPQ_FUNCTION(PQfreemem, void, void *ptr)

CPQ_FUNCTION(PQescapeIdentifier, char *, PGconn *conn, const char *str, size_t len)
CPQ_FUNCTION(PQescapeLiteral, char *, PGconn *conn, const char *str, size_t len)

CPQ_FUNCTION(PQconninfoParse, PQconninfoOption *, const char *conninfo, char **errmsg)
CPQ_FUNCTION(PQconninfoFree, void, PQconninfoOption *connOptions)

#undef CPQ_FUNCTION

/* The error fields of a result (postgres_ext.h defines them as character literals). */
static const int CPQ_DIAG_SQLSTATE = PG_DIAG_SQLSTATE;
static const int CPQ_DIAG_MESSAGE_PRIMARY = PG_DIAG_MESSAGE_PRIMARY;
static const int CPQ_DIAG_MESSAGE_DETAIL = PG_DIAG_MESSAGE_DETAIL;
static const int CPQ_DIAG_MESSAGE_HINT = PG_DIAG_MESSAGE_HINT;
static const int CPQ_DIAG_CONSTRAINT_NAME = PG_DIAG_CONSTRAINT_NAME;
static const int CPQ_DIAG_TABLE_NAME = PG_DIAG_TABLE_NAME;
static const int CPQ_DIAG_COLUMN_NAME = PG_DIAG_COLUMN_NAME;
static const int CPQ_DIAG_SCHEMA_NAME = PG_DIAG_SCHEMA_NAME;

#endif
