using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Called for each stored entry found: the index of its key, its bytes (valid only during the call) and when it
/// was last used (saved, or marked since as the row index knows it).</summary>
internal delegate void StoredEntryFound(int keyIndex, ReadOnlySpan<byte> value, long used);

/// <summary>
/// One page worker's way into the store: its own connection and one prepared range scan, so workers never wait for
/// each other (a shared connection made them take turns). A batch is read in one read transaction, as scans of row-id
/// ranges (<see cref="MathCacheRowIndex"/>), and each entry is handed over straight from SQLite's memory, without the
/// copies and objects of a data reader.
/// </summary>
internal sealed class MathCacheReader : IDisposable
{
    // Room for the table's upper levels, so a scan reads only the pages of the rows it wants.
    private const int PageCacheKiB = 8192;
    // Rows between two wanted ones are stepped over rather than searched past: stepping over a row costs far less than
    // starting a new scan.
    private const long MaxRowGap = 8;
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _scan;

    public MathCacheReader(SqliteConnection connection)
    {
        _connection = connection;
        Check(raw.sqlite3_exec(Db, $"PRAGMA cache_size = -{PageCacheKiB}"));
        Check(raw.sqlite3_prepare_v2(Db, "SELECT id, key, value, saved FROM entries WHERE id BETWEEN ?1 AND ?2", out _scan));
    }

    public sqlite3 Db => _connection.Handle!;

    /// <summary>Hands over the entries of <paramref name="rows"/> (sorted by row) whose stored key is the one asked for.</summary>
    /// <exception cref="SqliteException">The file is damaged in a way its header did not show.</exception>
    public void Read(IReadOnlyList<byte[]> keys, IReadOnlyList<(long Row, int KeyIndex, long Used)> rows, StoredEntryFound found)
    {
        // One snapshot for the batch: SQLite otherwise takes and drops its read lock around every scan.
        Check(raw.sqlite3_exec(Db, "BEGIN"));
        try
        {
            var next = 0;
            while (next < rows.Count)
            {
                var last = next;
                while (last + 1 < rows.Count && rows[last + 1].Row - rows[last].Row <= MaxRowGap) last++;
                ReadRange(keys, rows, next, last, found);
                next = last + 1;
            }
        }
        finally
        {
            raw.sqlite3_reset(_scan);
            raw.sqlite3_exec(Db, "COMMIT");
        }
    }

    private void ReadRange(IReadOnlyList<byte[]> keys, IReadOnlyList<(long Row, int KeyIndex, long Used)> rows, int first, int last, StoredEntryFound found)
    {
        Check(raw.sqlite3_bind_int64(_scan, 1, rows[first].Row));
        Check(raw.sqlite3_bind_int64(_scan, 2, rows[last].Row));
        var wanted = first;
        int step;
        while (wanted <= last && (step = raw.sqlite3_step(_scan)) != raw.SQLITE_DONE)
        {
            if (step != raw.SQLITE_ROW) Check(step);
            var row = raw.sqlite3_column_int64(_scan, 0);
            while (wanted <= last && rows[wanted].Row < row) wanted++;
            if (wanted > last || rows[wanted].Row != row) continue;
            var (_, keyIndex, used) = rows[wanted++];
            if (raw.sqlite3_column_blob(_scan, 1).SequenceEqual(keys[keyIndex]))
            {
                // Anything but a blob is damage; an empty span fails the entry's checks like any other.
                var value = raw.sqlite3_column_type(_scan, 2) == raw.SQLITE_BLOB ? raw.sqlite3_column_blob(_scan, 2) : [];
                found(keyIndex, value, System.Math.Max(used, raw.sqlite3_column_int64(_scan, 3)));
            }
        }

        raw.sqlite3_reset(_scan);
    }

    public void Dispose()
    {
        _scan.Dispose();
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
