using SQLitePCL;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Where each stored entry is and when it was last marked as used: its key → its row id and use mark (0 for none),
/// read from the keys' table and the marks' table once per store and kept up to date by this process's saves. With it
/// a page's look-ups become a few scans of row-id ranges (a page's entries were saved next to each other) instead of
/// two B-tree searches per equation, which were most of a warm build's read time.
/// It is a hint only: another process may have rewritten the file since, so a row is served only when its key is the
/// one asked for, and an entry it does not know is a miss (typeset again, correct either way).
/// </summary>
internal sealed class MathCacheRowIndex
{
    private readonly MathCacheKeyTable _rows;
    private readonly object _gate = new();

    private MathCacheRowIndex(MathCacheKeyTable rows) => _rows = rows;

    /// <summary>Reads every key with its row id and use mark (a scan of table <c>keys</c> in row order, so a key saved
    /// twice gets its later row; each mark found by row id: a tenth of a second for 250,000 entries, before the pages
    /// need it).</summary>
    public static MathCacheRowIndex Load(sqlite3 db)
    {
        var rows = new MathCacheKeyTable(KeyCount(db));
        Check(db, raw.sqlite3_prepare_v2(db, "SELECT k.key, k.id, coalesce(u.used, 0) FROM keys k LEFT JOIN uses u ON u.id = k.id ORDER BY k.id", out var scan));
        using (scan)
        {
            int step;
            while ((step = raw.sqlite3_step(scan)) == raw.SQLITE_ROW)
            {
                // A key of another length is damage: it is never asked for, so the table leaves it out.
                rows.Set(raw.sqlite3_column_blob(scan, 0), raw.sqlite3_column_int64(scan, 1), raw.sqlite3_column_int64(scan, 2));
            }

            if (step != raw.SQLITE_DONE) Check(db, step);
        }

        return new MathCacheRowIndex(rows);
    }

    /// <summary>The rows of the known keys among <paramref name="keys"/>, in row order, each with its key's index and use mark.</summary>
    public List<(long Row, int KeyIndex, long Used)> RowsOf(IReadOnlyList<byte[]> keys)
    {
        var found = new List<(long Row, int KeyIndex, long Used)>(keys.Count);
        lock (_gate)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (_rows.TryGet(keys[i], out var row, out var used)) found.Add((row, i, used));
            }
        }

        // By row alone, with a struct comparer: the tuples' general ordering was a quarter of this method's time. (Two keys
        // on one row, a stale hint, the first is checked against the stored key and the other is a miss, in either order.)
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found).Sort(default(ByRow));
        return found;
    }

    /// <summary>Records rows this process has just written at <paramref name="now"/> (a replaced key moves to its new row).</summary>
    public void Add(IEnumerable<(byte[] Key, long Row)> written, long now)
    {
        lock (_gate)
        {
            foreach (var (key, row) in written)
            {
                _rows.Set(key, row, now);
            }
        }
    }

    /// <summary>Records the use marks this process has just set: a session does not mark the same entries again.</summary>
    public void Touch(IEnumerable<byte[]> keys, long now)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _rows.Touch(key, now);
            }
        }
    }

    private readonly struct ByRow : IComparer<(long Row, int KeyIndex, long Used)>
    {
        public int Compare((long Row, int KeyIndex, long Used) x, (long Row, int KeyIndex, long Used) y) => x.Row.CompareTo(y.Row);
    }

    /// <summary>How many keys the table holds (a scan of a few MB): room for them is made before they are read.</summary>
    private static int KeyCount(sqlite3 db)
    {
        Check(db, raw.sqlite3_prepare_v2(db, "SELECT count(*) FROM keys", out var count));
        using (count)
        {
            return raw.sqlite3_step(count) == raw.SQLITE_ROW ? (int)System.Math.Min(raw.sqlite3_column_int64(count, 0), 1 << 20) : 0;
        }
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK) Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(result, db);
    }
}
