using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Called for each stored entry found: the index of its key and its bytes (valid only during the call).</summary>
internal delegate void StoredEntryFound(int keyIndex, ReadOnlySpan<byte> value, long used);

/// <summary>
/// One page worker's way into the store: its own connection and one prepared look-up, so workers never wait for each
/// other (a shared connection made them take turns). A batch of keys is read in one read transaction, and each entry is
/// handed over straight from SQLite's memory, without the copies and objects of a data reader.
/// </summary>
internal sealed class MathCacheReader : IDisposable
{
    private const int PageCacheKiB = 8192;
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _lookup;

    public MathCacheReader(SqliteConnection connection)
    {
        _connection = connection;
        // Room for the keys' index of a store of a few hundred thousand entries, so only the entries' pages are read.
        Check(raw.sqlite3_exec(Db, $"PRAGMA cache_size = -{PageCacheKiB}"));
        Check(raw.sqlite3_prepare_v2(Db, "SELECT value, used FROM entries WHERE key = ?1", out _lookup));
    }

    private sqlite3 Db => _connection.Handle!;

    /// <exception cref="SqliteException">The file is damaged in a way its header did not show.</exception>
    public void Read(IReadOnlyList<byte[]> keys, StoredEntryFound found)
    {
        // One snapshot for the batch: SQLite otherwise takes and drops its read lock around every look-up.
        Check(raw.sqlite3_exec(Db, "BEGIN"));
        try
        {
            for (var i = 0; i < keys.Count; i++)
            {
                Check(raw.sqlite3_bind_blob(_lookup, 1, keys[i]));
                var step = raw.sqlite3_step(_lookup);
                if (step == raw.SQLITE_ROW)
                {
                    // Anything but a blob is damage; an empty span fails the entry's checks like any other.
                    var value = raw.sqlite3_column_type(_lookup, 0) == raw.SQLITE_BLOB ? raw.sqlite3_column_blob(_lookup, 0) : [];
                    found(i, value, raw.sqlite3_column_int64(_lookup, 1));
                }
                else if (step != raw.SQLITE_DONE)
                {
                    Check(step);
                }

                raw.sqlite3_reset(_lookup);
            }
        }
        finally
        {
            raw.sqlite3_reset(_lookup);
            raw.sqlite3_exec(Db, "COMMIT");
        }
    }

    public void Dispose()
    {
        _lookup.Dispose();
        _connection.Dispose();
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(result, Db);
        }
    }
}
