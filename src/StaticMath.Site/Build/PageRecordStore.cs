using System.Text.Json;
using Microsoft.Data.Sqlite;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Build;

/// <summary>
/// What a build remembers of the pages it wrote into an output folder (<see cref="PageRecord"/>), in one SQLite file,
/// <c>.staticmath/pages.db</c>, beside the math cache: table <c>pages</c> maps (output folder, page source path) to
/// the record as JSON. A build reads its output folder's records once and, after its output was committed, replaces
/// them in one transaction (WAL journal and a busy timeout: a second build on the same site waits instead of
/// corrupting it). A file that cannot be read as such a store only ever held our own records: it is reported by
/// <see cref="Open"/> and replaced by an empty store. Not thread-safe: one build uses it, from one thread.
/// </summary>
internal sealed class PageRecordStore : IDisposable
{
    /// <summary>Changes whenever <see cref="PageRecord"/>'s shape does: records of another shape are dropped.</summary>
    public const int FormatVersion = 1;

    public const string DisplayPath = ".staticmath/pages.db";
    private const int BusyTimeoutSeconds = 30;

    private readonly SqliteConnection _connection;

    private PageRecordStore(SqliteConnection connection) => _connection = connection;

    public static string PathFor(string siteDirectory) => Path.Combine(siteDirectory, ".staticmath", "pages.db");

    /// <summary>
    /// Opens the store, creating it when absent; a damaged file, or one of another format, is replaced by an empty
    /// store and <paramref name="problem"/> says what was wrong (null otherwise: an earlier format is replaced silently).
    /// </summary>
    public static PageRecordStore Open(string path, out string? problem)
    {
        problem = null;
        try
        {
            return OpenChecked(path);
        }
        catch (EarlierFormatException)
        {
        }
        catch (SqliteException e)
        {
            problem = e.Message;
        }
        Delete(path);
        return OpenChecked(path);
    }

    /// <summary>Removes the store's files (only those: the folder holds the math cache too).</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        if (!Directory.Exists(Path.GetDirectoryName(path))) return;
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) File.Delete(file);
    }

    /// <summary>The records of the pages the last committed build wrote into <paramref name="outputDirectory"/>, by source path.</summary>
    /// <exception cref="SqliteException">The file is damaged in a way opening it did not show.</exception>
    public Dictionary<string, PageRecord> Load(string outputDirectory)
    {
        var records = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        using var select = Command("SELECT source, record FROM pages WHERE output = $output");
        select.Parameters.AddWithValue("$output", outputDirectory);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            // A record that does not read back is one this build cannot trust: its page is rendered again.
            if (Parse(reader.GetString(1)) is { } record) records[reader.GetString(0)] = record;
        }
        return records;
    }

    /// <summary>
    /// Replaces the records of <paramref name="outputDirectory"/> with <paramref name="records"/>, in one transaction,
    /// and drops those of output folders that no longer exist (<c>check</c> builds into a temporary folder each time).
    /// </summary>
    public void Replace(string outputDirectory, IEnumerable<(string Source, PageRecord Record)> records)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var gone in OutputFolders(transaction).Where(folder => folder != outputDirectory && !Directory.Exists(folder)))
        {
            using var drop = Command("DELETE FROM pages WHERE output = $output", transaction);
            drop.Parameters.AddWithValue("$output", gone);
            drop.ExecuteNonQuery();
        }
        using (var delete = Command("DELETE FROM pages WHERE output = $output", transaction))
        {
            delete.Parameters.AddWithValue("$output", outputDirectory);
            delete.ExecuteNonQuery();
        }
        using (var insert = Command("INSERT OR REPLACE INTO pages(output, source, record) VALUES ($output, $source, $record)", transaction))
        {
            insert.Parameters.AddWithValue("$output", outputDirectory);
            var (source, text) = (insert.Parameters.Add("$source", SqliteType.Text), insert.Parameters.Add("$record", SqliteType.Text));
            foreach (var (path, record) in records)
            {
                source.Value = path;
                text.Value = JsonSerializer.Serialize(record, BuildJson.Default.PageRecord);
                insert.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();

    private List<string> OutputFolders(SqliteTransaction transaction)
    {
        using var select = Command("SELECT DISTINCT output FROM pages", transaction);
        using var reader = select.ExecuteReader();
        var folders = new List<string>();
        while (reader.Read()) folders.Add(reader.GetString(0));
        return folders;
    }

    private static PageRecord? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BuildJson.Default.PageRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PageRecordStore OpenChecked(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        var store = new PageRecordStore(connection);
        try
        {
            connection.Open();
            store.Prepare();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Prepare()
    {
        Execute($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}");
        Execute("PRAGMA journal_mode = WAL");
        Execute("PRAGMA synchronous = NORMAL");
        using var transaction = _connection.BeginTransaction();
        Execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL)", transaction);
        Execute("CREATE TABLE IF NOT EXISTS pages (output TEXT NOT NULL, source TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (output, source)) WITHOUT ROWID", transaction);
        using (var insert = Command("INSERT OR IGNORE INTO meta(name, value) VALUES ('format', $format)", transaction))
        {
            insert.Parameters.AddWithValue("$format", FormatVersion);
            insert.ExecuteNonQuery();
        }
        using (var format = Command("SELECT value FROM meta WHERE name = 'format'", transaction))
        {
            var found = Convert.ToInt64(format.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (found < FormatVersion) throw new EarlierFormatException();
            if (found != FormatVersion) throw new SqliteException($"the page records are of format {found}, not {FormatVersion}", 0);
        }
        transaction.Commit();
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private sealed class EarlierFormatException : Exception;
}

/// <summary>
/// A page as the build that wrote it left it: the key of everything its file was made from (see
/// <see cref="PageReuse"/>), the written file's length and time, what lists show of its text, the problems rendering
/// it reported, the files it read or looked for, and its feed entry when it was among the newest posts of a feed.
/// </summary>
internal sealed record PageRecord(
    string Key,
    string OutputPath,
    long OutputLength,
    long OutputWriteTicks,
    int WordCount,
    string Excerpt,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PageRecord.File> Files,
    PageRecord.FeedEntry? Feed)
{
    /// <summary>A post's feed entry HTML (null: a link only) and the problems making it reported.</summary>
    public sealed record FeedEntry(string? Html, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A file the render read or looked for, with its stamp then (<see cref="FileStamp.Missing"/>: not found).</summary>
    public sealed record File(string Path, FileStamp Stamp);
}
