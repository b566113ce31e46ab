using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The math cache's one file, <c>.staticmath/math-cache.db</c>: an SQLite database (an embedded store that is safe for
/// two processes at once — WAL journal, busy timeout — and for a process killed mid-save, so a second <c>build</c> or
/// <c>serve</c> on the same site cannot corrupt it; it does not wait for the disk, see <see cref="Prepare"/>). Table <c>entries</c> holds, by row id, a 16-byte key (the XXH3-128 cache key's bytes: collisions stay out of reach
/// at any cache size) with its <see cref="MathCacheEntry"/>, the time it was saved and the build of the tool that wrote
/// it; table <c>keys</c> repeats each row's key, narrow, for reading the row index; table <c>uses</c> holds the time an entry (by its row id) was last read again, when it was: an entry's last use is the
/// later of the two, for least-recently-used eviction. The marks have a table of their own so that marking the entries
/// a build read writes a few pages of marks, not every page of entries: a CI build whose store came from a run hours
/// before marks nearly every entry, which rewrote the whole file (3 s at the end of a 1,000-post build). Rows are
/// stored in the order they were saved, a page's equations together (see <see cref="Save"/>), and found by row id (<see cref="MathCacheRowIndex"/>, read once from table <c>keys</c>): a page's
/// look-ups are a few scans of neighbouring rows instead of two searches at random places per equation; table <c>meta</c> holds the format version and the last build's counts. Reads go
/// through a <see cref="MathCacheReader"/> per page worker; writes happen in <see cref="Save"/>, in one transaction.
/// A file that is not a store of this format (truncated, garbage, an unknown version) is reported by <see cref="Open"/>
/// and replaced by an empty store: it only ever held our own cache. A store of an earlier format is replaced silently:
/// a new version of the tool could not have used its entries anyway (their keys name the engine build).
/// </summary>
internal sealed class MathCacheStore : IDisposable
{
    public const int FormatVersion = 6;
    private const int SqliteHeaderBytes = 100;
    private const int BusyTimeoutSeconds = 30;

    private readonly SqliteConnection _connection;
    private readonly ConcurrentBag<MathCacheReader> _readers = [];
    private readonly object _gate = new();
    private readonly object _rowIndexGate = new();
    // Null until the first read, and again after a save that deleted rows (see SaveLocked).
    private MathCacheRowIndex? _rowIndex;

    private MathCacheStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public static string PathFor(string siteDirectory) => System.IO.Path.Combine(siteDirectory, ".staticmath", "math-cache.db");

    /// <summary>The store's files: the database and SQLite's journal files beside it.</summary>
    public static IEnumerable<string> FilesOf(string path) => [path, path + "-wal", path + "-shm", path + "-journal"];

    /// <summary>
    /// Opens the store, creating it when absent. When the file is damaged or of another format, it is replaced by an
    /// empty store and <paramref name="problem"/> says what was wrong (null otherwise).
    /// </summary>
    public static MathCacheStore Open(string path, out string? problem)
    {
        problem = DamageOf(path);
        if (problem is null)
        {
            try
            {
                return OpenChecked(path);
            }
            catch (EarlierFormatException)
            {
                // An upgrade, not damage: nothing to report.
            }
            catch (Exception e) when (e is SqliteException or InvalidDataException)
            {
                problem = e.Message;
            }
        }

        Delete(path);
        return OpenChecked(path);
    }

    /// <summary>Opens an existing store for reading its statistics, or null when there is none or it is unreadable.</summary>
    public static MathCacheStore? OpenExisting(string path)
    {
        if (!File.Exists(path) || DamageOf(path) is not null)
        {
            return null;
        }

        try
        {
            return OpenChecked(path);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or EarlierFormatException)
        {
            return null;
        }
    }

    /// <summary>Removes the store's files (only those: the folder may hold other things).</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in FilesOf(path))
        {
            File.Delete(file);
        }
    }

    /// <summary>Reads the entries of <paramref name="keys"/> that are stored, on a connection no other thread is using.</summary>
    /// <exception cref="SqliteException">The file is damaged in a way its header did not show.</exception>
    public void Read(IReadOnlyList<byte[]> keys, StoredEntryFound found)
    {
        var reader = _readers.TryTake(out var idle) ? idle : new MathCacheReader(Connect(Path));
        try
        {
            var rows = RowIndex(reader).RowsOf(keys);
            if (rows.Count > 0) reader.Read(keys, rows, found);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    /// <summary>Reads the key → row index now, unless it is already read (<see cref="MathCache.PrepareReads"/>).</summary>
    /// <exception cref="SqliteException">The file is damaged in a way its header did not show.</exception>
    public void LoadRowIndex()
    {
        var reader = _readers.TryTake(out var idle) ? idle : new MathCacheReader(Connect(Path));
        try
        {
            RowIndex(reader);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    /// <summary>The key → row index, read on the first look-up or ahead of it (<see cref="LoadRowIndex"/>).</summary>
    private MathCacheRowIndex RowIndex(MathCacheReader reader)
    {
        lock (_rowIndexGate)
        {
            return _rowIndex ??= MathCacheRowIndex.Load(reader.Db);
        }
    }

    /// <summary>
    /// One transaction: writes the new entries (in the order given: a page's together), marks the used ones as used at <paramref name="now"/>, records the
    /// build's counts, then evicts least recently used entries until the file's used pages fit <paramref name="sizeLimit"/>.
    /// </summary>
    /// <param name="writer">The build of the tool writing the entries (<see cref="MathCache.ToolBuild"/>).</param>
    public void Save(IEnumerable<(byte[] Key, ReadOnlyMemory<byte> Value)> added, IEnumerable<byte[]> used, long now, long writer, MathCacheStatistics build, long sizeLimit)
    {
        lock (_gate)
        {
            // The key index takes an insert per new entry at a random place: with SQLite's default 2 MB page cache a
            // cold 1,000-post build's save kept re-reading index pages. The larger cache lasts for the save only.
            Execute($"PRAGMA cache_size = -{SavePageCacheKiB}");
            try
            {
                SaveLocked(added, used, now, writer, build, sizeLimit);
            }
            finally
            {
                Execute("PRAGMA cache_size = -2000");
                Execute("PRAGMA shrink_memory");
            }
        }
    }

    private const int SavePageCacheKiB = 64 * 1024;

    private void SaveLocked(IEnumerable<(byte[] Key, ReadOnlyMemory<byte> Value)> added, IEnumerable<byte[]> used, long now, long writer, MathCacheStatistics build, long sizeLimit)
    {
        using var transaction = _connection.BeginTransaction();
        var written = new List<(byte[] Key, long Row)>();
        var entries = added as IReadOnlyCollection<(byte[] Key, ReadOnlyMemory<byte> Value)> ?? added.ToList();
        DeleteRowsReplacedBy(entries.Select(entry => entry.Key));
        // Prepared statements stepped directly: through ADO.NET commands each of a cold build's hundreds of thousands
        // of rows cost more in parameter and reader machinery than SQLite took to write it, on the one thread the
        // end of the build waits for.
        using (var insert = Prepare("INSERT INTO entries(key, value, saved, writer) VALUES (?1, ?2, ?3, ?4)"))
        {
            Check(raw.sqlite3_bind_int64(insert, 3, now));
            Check(raw.sqlite3_bind_int64(insert, 4, writer));
            foreach (var (key, value) in entries)
            {
                Check(raw.sqlite3_bind_blob(insert, 1, key));
                Check(raw.sqlite3_bind_blob(insert, 2, value.Span));
                StepOnce(insert);
                written.Add((key, raw.sqlite3_last_insert_rowid(Db)));
            }
        }

        // The new rows' keys in one statement, in row order (the rows are the table's last). A key row left behind by a
        // deleted entry whose id SQLite gave again is replaced, never a reason to fail the save.
        if (written.Count > 0)
        {
            using var keys = Prepare("INSERT OR REPLACE INTO keys(id, key) SELECT id, key FROM entries WHERE id >= ?1");
            Check(raw.sqlite3_bind_int64(keys, 1, written.Min(w => w.Row)));
            StepOnce(keys);
        }

        var touched = used.ToList();
        Mark(touched, now);

        SetMeta(transaction, "last_build_lookups", build.Lookups);
        SetMeta(transaction, "last_build_hits", build.Hits);
        SetMeta(transaction, "last_build_at", now);
        transaction.Commit();
        lock (_rowIndexGate)
        {
            _rowIndex?.Add(written, now);
            _rowIndex?.Touch(touched, now);
        }

        // Other builds of the tool never read this build's entries nor this build theirs (keys name the build), so
        // past half the bound theirs go at once instead of lingering until least-recently-used eviction reaches
        // them: after an upgrade the file shrinks to what the new build uses. The rewrite that shrinks the file
        // (see below) runs once, when there were any.
        if (UsedBytes(null) > sizeLimit / 2 && DeleteOtherWriters(writer) > 0)
        {
            ForgetRowIndex();
            Execute("VACUUM");
        }

        // Evicted entries are scattered over the pages (keys are hashes), so each eviction is followed by a rewrite
        // of the file that shrinks it to what it holds; pages are never quite full, hence a smaller budget when
        // the first was not enough. Rare: eviction goes well below the bound.
        for (var budgetTenths = 8; budgetTenths > 0 && UsedBytes(null) > sizeLimit; budgetTenths -= 2)
        {
            using (var eviction = _connection.BeginTransaction())
            {
                Evict(eviction, sizeLimit / 10 * budgetTenths);
                eviction.Commit();
            }

            ForgetRowIndex();

            Execute("VACUUM");
        }
    }

    /// <summary>
    /// Marks the entries of <paramref name="keys"/> as used at <paramref name="now"/>, in row order (the marks' table is
    /// written from start to end, not at random places). Their rows are the row index's: every entry a build reads was
    /// found through it. A row it names wrongly (another process rewrote the file since) only gets a wrong mark, which
    /// evicts an entry too early or too late and never serves anything.
    /// </summary>
    private void Mark(List<byte[]> keys, long now)
    {
        List<(long Row, int KeyIndex, long Used)> rows;
        lock (_rowIndexGate)
        {
            rows = _rowIndex?.RowsOf(keys) ?? [];
        }

        using var mark = Prepare("INSERT OR REPLACE INTO uses(id, used) VALUES (?1, ?2)");
        Check(raw.sqlite3_bind_int64(mark, 2, now));
        foreach (var (row, _, _) in rows)
        {
            Check(raw.sqlite3_bind_int64(mark, 1, row));
            StepOnce(mark);
        }
    }

    /// <summary>
    /// The rows of keys about to be saved again (an entry that was damaged, typeset again): deleted, as a key index's
    /// replace did, so the file does not keep both. Known through the row index; a row it does not know (another
    /// process's) stays until eviction, and the later row is the one read.
    /// </summary>
    private void DeleteRowsReplacedBy(IEnumerable<byte[]> keys)
    {
        List<(long Row, int KeyIndex, long Used)> rows;
        lock (_rowIndexGate)
        {
            rows = _rowIndex?.RowsOf(keys.ToList()) ?? [];
        }

        if (rows.Count == 0) return;
        using var delete = Prepare("DELETE FROM entries WHERE id = ?1");
        using var deleteKey = Prepare("DELETE FROM keys WHERE id = ?1");
        using var deleteMark = Prepare("DELETE FROM uses WHERE id = ?1");
        foreach (var (row, _, _) in rows)
        {
            foreach (var statement in (ReadOnlySpan<sqlite3_stmt>)[delete, deleteKey, deleteMark])
            {
                Check(raw.sqlite3_bind_int64(statement, 1, row));
                StepOnce(statement);
            }
        }
    }

    /// <summary>Rows were deleted: the next read loads the index again rather than ask for rows that are gone (rare:
    /// eviction and an upgrade's clean-up).</summary>
    private void ForgetRowIndex()
    {
        lock (_rowIndexGate)
        {
            _rowIndex = null;
        }
    }

    public MathCacheStatistics Statistics()
    {
        lock (_gate)
        {
            return new MathCacheStatistics(
                Entries: Scalar("SELECT COUNT(*) FROM entries"),
                Bytes: UsedBytes(null),
                Lookups: GetMeta("last_build_lookups"),
                Hits: GetMeta("last_build_hits"),
                LastBuildAt: GetMeta("last_build_at"));
        }
    }

    public void Dispose()
    {
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _connection.Dispose();
    }

    private static MathCacheStore OpenChecked(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var connection = Connect(path);
        try
        {
            var store = new MathCacheStore(path, connection);
            store.Prepare();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>An open connection to the file. No pooling: the file is released (and its WAL checkpointed away) when the build ends.</summary>
    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        try
        {
            connection.Open();
            using var wait = connection.CreateCommand();
            wait.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}";
            wait.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Creates the schema in a new file, or checks that an existing one is ours and of this format.</summary>
    private void Prepare()
    {
        // Set before the first table exists (it cannot change later).
        Execute("PRAGMA page_size = 16384");
        Execute("PRAGMA journal_mode = WAL");
        // A cache needs no durability, only to never serve damage: a power loss during a save may leave a damaged
        // file, which is found (checksummed entries, SQLite's own checks) and rebuilt, while waiting at each save
        // for the disk to confirm the writes cost up to half a second at the end of a cold 1,000-post build. A
        // process that dies mid-save leaves the file intact either way (the WAL's commit is atomic).
        Execute("PRAGMA synchronous = OFF");
        using (var transaction = _connection.BeginTransaction())
        {
            Execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL)", transaction);
            // In save order (the row id), so a page's entries share the file's pages. With 16 KB pages, entries up to
            // ~4 KB stay on their page instead of spilling into an overflow page of their own. No index on the key:
            // entries are found through the row index (MathCacheRowIndex), and an index's insert at a random place
            // for every new entry was a third of a cold build's save; the key stays in the row to check what a stale
            // row index names.
            Execute("CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, key BLOB NOT NULL, value BLOB NOT NULL, saved INTEGER NOT NULL, writer INTEGER NOT NULL)", transaction);
            // Each entry's key by its row id, written in row order with it: what the row index is read from (a few MB
            // per 100,000 entries, where reading the keys out of the entries would read the whole file). A key saved
            // twice (by two processes, or typeset again after damage) has two rows: the later one is the one used.
            Execute("CREATE TABLE IF NOT EXISTS keys (id INTEGER PRIMARY KEY, key BLOB NOT NULL)", transaction);
            // An entry's last use after its save, by its row id. No trigger takes a deleted entry's mark with it: one
            // made INSERT OR REPLACE look for the row to replace first, doubling the save; marks left behind go when
            // rows are deleted.
            Execute("CREATE TABLE IF NOT EXISTS uses (id INTEGER PRIMARY KEY, used INTEGER NOT NULL)", transaction);
            using var insert = Command("INSERT OR IGNORE INTO meta(name, value) VALUES ('format', $format)", transaction);
            insert.Parameters.AddWithValue("$format", FormatVersion);
            insert.ExecuteNonQuery();
            transaction.Commit();
        }

        var format = GetMeta("format");
        if (format is > 0 and < FormatVersion)
        {
            throw new EarlierFormatException();
        }

        if (format != FormatVersion)
        {
            throw new InvalidDataException($"it is in format {format}, this version reads format {FormatVersion}");
        }
    }

    /// <summary>The store was written by an earlier version of the tool, in an earlier format.</summary>
    private sealed class EarlierFormatException : Exception;

    /// <summary>
    /// What SQLite itself would find only when reading a missing page: a file cut short. The header says how many
    /// pages the database has; without a WAL (every build ends with one checkpointed away) the file holds them all.
    /// </summary>
    private static string? DamageOf(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        // Empty is how SQLite starts a new database (another build may be creating it right now): not damage.
        if (file.Length == 0)
        {
            return null;
        }

        if (file.Length < SqliteHeaderBytes)
        {
            return $"the file is {file.Length} bytes, shorter than a database header";
        }

        var header = new byte[SqliteHeaderBytes];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            stream.ReadExactly(header);
        }

        if (!header.AsSpan(0, 16).SequenceEqual("SQLite format 3\0"u8))
        {
            return "the file is not an SQLite database";
        }

        var pageSize = header[16] << 8 | header[17];
        var bytesPerPage = pageSize == 1 ? 65536L : pageSize;
        var pages = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var headerSizeValid = header.AsSpan(24, 4).SequenceEqual(header.AsSpan(92, 4)) && pages > 0;
        var hasWal = new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };
        return headerSizeValid && !hasWal && file.Length < pages * bytesPerPage
            ? $"the file is {file.Length} bytes, its header says {pages * bytesPerPage}: it was cut short"
            : null;
    }

    /// <summary>Deletes the entries written by other builds of the tool; returns how many.</summary>
    private int DeleteOtherWriters(long writer)
    {
        using var delete = Command("DELETE FROM entries WHERE writer <> $writer", null);
        delete.Parameters.AddWithValue("$writer", writer);
        var deleted = delete.ExecuteNonQuery();
        if (deleted > 0) DeleteKeysAndMarksOfGoneEntries(null);
        return deleted;
    }

    /// <summary>Keys and use marks whose entry was deleted.</summary>
    private void DeleteKeysAndMarksOfGoneEntries(SqliteTransaction? transaction)
    {
        Execute("DELETE FROM keys WHERE id NOT IN (SELECT id FROM entries)", transaction);
        Execute("DELETE FROM uses WHERE id NOT IN (SELECT id FROM entries)", transaction);
    }

    /// <summary>Keeps the most recently used entries whose stored bytes fit in the budget and deletes the rest.</summary>
    private void Evict(SqliteTransaction transaction, long budget)
    {
        var doomed = new List<long>();
        // An entry takes its row, its key twice (in the row and in the keys' table) and its row ids.
        using (var newestFirst = Command(
                   "SELECT e.id, 2 * length(e.key) + length(e.value) + 16 FROM entries e LEFT JOIN uses u ON u.id = e.id ORDER BY max(e.saved, coalesce(u.used, 0)) DESC, e.id DESC",
                   transaction))
        using (var reader = newestFirst.ExecuteReader())
        {
            long kept = 0;
            while (reader.Read())
            {
                kept += reader.GetInt64(1);
                if (kept > budget)
                {
                    doomed.Add(reader.GetInt64(0));
                }
            }
        }

        using (var delete = Command("DELETE FROM entries WHERE id = $id", transaction))
        {
            var id = delete.Parameters.Add("$id", SqliteType.Integer);
            foreach (var row in doomed)
            {
                id.Value = row;
                delete.ExecuteNonQuery();
            }
        }

        DeleteKeysAndMarksOfGoneEntries(transaction);
    }

    /// <summary>Bytes of the file's pages that hold data (free pages excluded): what the size bound applies to.</summary>
    private long UsedBytes(SqliteTransaction? transaction) =>
        (Scalar("PRAGMA page_count", transaction) - Scalar("PRAGMA freelist_count", transaction)) * Scalar("PRAGMA page_size", transaction);

    private sqlite3 Db => _connection.Handle!;

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(Db, sql, out var statement));
        return statement;
    }

    /// <summary>Runs a statement that returns no rows, leaving it ready to run again with new values.</summary>
    private void StepOnce(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE) Check(result);
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE)) SqliteException.ThrowExceptionForRC(result, Db);
    }

    private long GetMeta(string name)
    {
        using var command = Command("SELECT value FROM meta WHERE name = $name", null);
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() is long value ? value : 0;
    }

    private void SetMeta(SqliteTransaction transaction, string name, long value)
    {
        using var command = Command("INSERT OR REPLACE INTO meta(name, value) VALUES ($name, $value)", transaction);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
