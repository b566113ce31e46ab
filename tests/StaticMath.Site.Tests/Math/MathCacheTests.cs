using Microsoft.Data.Sqlite;
using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sm-mathcache-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _warnings = [];
    private readonly ManualClock _clock = new();

    private string StorePath => MathCache.StorePathFor(_directory);

    private MathCache Cache(long sizeLimit = MathCache.DefaultSizeLimit) => new(StorePath, sizeLimit, _warnings.Add, _clock);

    private static MathResult Result(string svg) => new()
    {
        Svg = svg,
        WidthEm = 1.25,
        HeightEm = 0.75,
        DepthEm = 0.25,
        Rows = [new MathEquationRow("1", false, "x", true, false, 0.5, 0.625), new MathEquationRow(null, true, null, false, true, 1.5)],
        GlyphIds = ["g-LMM-12", "g-LMM-7"],
        Environment = "equation",
        Errors = [new MathError(3, "Undefined control sequence \\foo", 4) { Code = null, IsLocal = true }],
        Warnings = [new MathError(1, "drawn as text", 1) { Code = "SM2010" }],
        LinePieces = [new MathLinePiece("<svg>left</svg>", 0.5, 0.7, 0.2), new MathLinePiece("<svg>right</svg>", 0.75, 0.6, 0.1)],
    };

    /// <summary>An equation as a page writes it: one SVG (the sizes above do not make it breakable).</summary>
    private static TypesetEquation Equation(string svg) => new()
    {
        Result = Result(svg),
        Svgs = [new EquationSvg(svg, "x &lt; " + svg.Length, svg.Length + 7)],
    };

    private static string Key(string tex) => MathCache.KeyFor("engine-key:" + tex, GlyphMode.SharedDefinitions, []);

    private void Save(string tex, string svg)
    {
        using var cache = Cache();
        cache.Put(Key(tex), Equation(svg));
        cache.Save();
    }

    [Fact]
    public void A_stored_equation_comes_back_equal_in_every_field_the_page_writes()
    {
        Save("a", "<svg>a</svg>");
        using var cache = Cache();
        Assert.True(cache.TryGet(Key("a"), null, out var equation));
        var read = equation.Result;
        var expected = Result("<svg>a</svg>");
        Assert.Equal(Equation("<svg>a</svg>").Svgs, equation.Svgs);
        Assert.Equal((1.25, 0.75, 0.25), (read.WidthEm, read.HeightEm, read.DepthEm));
        Assert.Equal(expected.Rows, read.Rows);
        Assert.Equal(expected.GlyphIds, read.GlyphIds);
        Assert.Equal(expected.Errors, read.Errors);
        Assert.Equal(expected.Warnings, read.Warnings);
        // The pieces' sizes; their SVGs are stored only when the page writes them.
        Assert.Equal(expected.LinePieces.Select(p => p with { Svg = "" }), read.LinePieces);
        Assert.Equal("equation", read.Environment);
        Assert.Empty(_warnings);
    }

    [Theory]
    [InlineData("<svg>a</svg>")]
    [InlineData("<svg aria-label=\"é ∑\">é</svg>")]
    [InlineData("<svg>\U0001D465 = 1</svg>")]
    public void A_stored_svg_comes_back_with_its_length_in_characters(string svg)
    {
        Save("a", svg);
        using var cache = Cache();
        Assert.True(cache.TryGet(Key("a"), null, out var equation));
        var read = Assert.Single(equation.Svgs);
        Assert.Equal(svg, read.Html);
        Assert.Equal(svg.Length, read.HtmlLength);
    }

    [Fact]
    public void A_build_keeps_no_more_new_entries_than_the_store_may_hold_and_still_saves_the_first_ones()
    {
        const long limit = 64 << 10;
        // Text that does not compress, so each entry takes about its length.
        static string Svg(int i) => "<svg>" + string.Concat(Enumerable.Range(0, 30).Select(j => Guid.NewGuid().ToString("N"))) + i + "</svg>";
        using (var cache = Cache(limit))
        {
            for (var i = 0; i < 200; i++) cache.Put(Key("bounded" + i), Equation(Svg(i)));
            Assert.InRange(cache.PendingBytes, limit, limit + 4_000);
            Assert.True(cache.TryGet(Key("bounded0"), null, out _));
            Assert.False(cache.TryGet(Key("bounded199"), null, out _));
            cache.Save();
            Assert.Equal(0, cache.PendingBytes);
        }

        using var next = Cache(limit);
        var kept = Enumerable.Range(0, 200).Count(i => next.TryGet(Key("bounded" + i), null, out _));
        Assert.InRange(kept, 1, 199);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Entries_typeset_by_parallel_workers_are_all_saved_once_and_seen_by_the_others_after_their_page()
    {
        using (var cache = Cache())
        {
            void Worker(string name)
            {
                var batch = cache.NewBatch();
                for (var i = 0; i < 50; i++) cache.Put(Key(name + i), Equation("<svg>" + name + i + "</svg>"), batch);
                for (var i = 0; i < 10; i++) cache.Put(Key("shared" + i), Equation("<svg>shared" + i + "</svg>"), batch);
                Assert.True(cache.TryGet(Key(name + "0"), null, out _));
                cache.NewBatch();
            }

            var threads = new[] { new Thread(() => Worker("left")), new Thread(() => Worker("right")) };
            foreach (var thread in threads) thread.Start();
            foreach (var thread in threads) thread.Join();
            // Each worker's page ended (a new batch began): the other threads see its entries.
            Assert.True(cache.TryGet(Key("left49"), null, out var left) && cache.TryGet(Key("right49"), null, out _));
            Assert.Equal("<svg>left49</svg>", left.Svgs[0].Html);
            cache.Save();
            Assert.Equal(0, cache.PendingBytes);
        }

        using var next = Cache();
        var keys = new[] { "left", "right" }.SelectMany(n => Enumerable.Range(0, 50).Select(i => n + i)).Concat(Enumerable.Range(0, 10).Select(i => "shared" + i)).ToList();
        Assert.All(keys, tex => Assert.True(next.TryGet(Key(tex), null, out _), tex));
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM entries";
        Assert.Equal(110L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void A_pages_entries_are_saved_next_to_each_other_though_pages_typeset_at_the_same_time()
    {
        using (var cache = Cache())
        {
            var (first, second) = (cache.NewBatch(), cache.NewBatch());
            // Two pages' workers interleave their equations.
            foreach (var (tex, batch) in new[] { ("a1", first), ("b1", second), ("a2", first), ("b2", second), ("a3", first) })
                cache.Put(Key(tex), Equation("<svg>" + tex + "</svg>"), batch);
            cache.Save();
        }

        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM entries ORDER BY id";
        var saved = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) saved.Add(Convert.ToHexStringLower((byte[])reader.GetValue(0)));
        }
        Assert.Equal(new[] { "a1", "a2", "a3", "b1", "b2" }.Select(Key), saved);
    }

    [Fact]
    public void A_breakable_inline_equation_keeps_its_line_pieces_svgs_and_not_the_whole()
    {
        var result = Result("<svg>whole</svg>") with { WidthEm = MathHtml.BreakableInlineEm + 1 };
        var typeset = TypesetEquation.FromEngine(result);
        Assert.Equal(["<svg>left</svg>", "<svg>right</svg>"], typeset.Svgs.Select(s => s.Html));
        using (var cache = Cache())
        {
            cache.Put(Key("pieces"), typeset);
            cache.Save();
        }

        using var next = Cache();
        Assert.True(next.TryGet(Key("pieces"), null, out var read));
        Assert.Equal(typeset.Svgs, read.Svgs);
        Assert.Equal("", read.Result.Svg);
        Assert.Equal(["<span>L</span>", "<span>R</span>"], read.WithSvgsHeld(svg => svg.Html == "<svg>left</svg>" ? "<span>L</span>" : "<span>R</span>").LinePieces.Select(p => p.Svg));
    }

    [Fact]
    public void A_pages_keys_are_read_in_one_pass_and_absent_ones_are_not_asked_again()
    {
        Save("p1", "<svg>p1</svg>");
        var phases = new Site.Core.BuildPhases();
        using var cache = new MathCache(StorePath, MathCache.DefaultSizeLimit, _warnings.Add, _clock, phases);
        var read = cache.ReadMany([Key("p1"), Key("p2")]);
        Assert.Equal("<svg>p1</svg>", read[Key("p1")]!.Svgs[0].Html);
        Assert.Null(read[Key("p2")]);
        Assert.True(cache.TryGet(Key("p1"), read, out _));
        Assert.False(cache.TryGet(Key("p2"), read, out _));
        var reads = Assert.Single(phases.Snapshot(), p => p.Name == MathCache.ReadPhase);
        Assert.Equal(2, reads.Count);
        // A key the page did not read first is read on its own.
        Assert.False(cache.TryGet(Key("p3"), read, out _));
        Assert.Equal(3, Assert.Single(phases.Snapshot(), p => p.Name == MathCache.ReadPhase).Count);
    }

    [Fact]
    public void Glyph_ids_come_back_equal_and_a_threads_entries_share_one_string_for_each()
    {
        // Stored as a number after its prefix: ids of the engine's shape, also with a two-byte character in the prefix
        // and with prefixes coming back after another; stored as written: numbers too large for a glyph, with a leading
        // zero or a sign, no number, no dash.
        string[] ids = ["g-LMM-12", "g-LMM-123456789", "g-STIXTwoMath-1234567", "g-é-7", "g-LMM-1", "g-LMM-0", "g-LMM-65535",
            "g-LMM-65536", "g-LMM-007", "g-LMM--3", "g-LMM-", "glyph", "g-é-7"];
        using (var writer = Cache())
        {
            foreach (var name in new[] { "first", "second" })
            {
                var equation = Equation("<svg>" + name + "</svg>");
                writer.Put(Key(name), new TypesetEquation { Result = equation.Result with { GlyphIds = [.. ids] }, Svgs = equation.Svgs });
            }

            writer.Save();
        }

        using var cache = Cache();
        var read = cache.ReadMany([Key("first"), Key("second")]);
        var (first, second) = (read[Key("first")]!.Result.GlyphIds, read[Key("second")]!.Result.GlyphIds);
        Assert.Equal(ids, first);
        Assert.Equal(ids, second);
        Assert.Same(first[0], second[0]);
        Assert.Same(first[3], second[3]);
        Assert.Same(first[3], first[12]);
    }

    [Theory]
    [InlineData("g-LMM-1234", 6, 1234)]
    [InlineData("g-LMM-0", 6, 0)]
    [InlineData("g-STIXTwoMath-65535", 14, 65535)]
    [InlineData("-9", 1, 9)]
    public void A_glyph_id_of_the_engines_shape_splits_into_its_prefix_and_number(string id, int prefixLength, int number)
    {
        Assert.True(GlyphIdCodec.TrySplit(id, out var prefix, out var glyph));
        Assert.Equal((prefixLength, number), (prefix, glyph));
        Assert.Equal(id, id[..prefix] + glyph.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("g-LMM-65536")]
    [InlineData("g-LMM-01")]
    [InlineData("g-LMM-+1")]
    [InlineData("g-LMM-")]
    [InlineData("g-LMM-1a")]
    [InlineData("1234")]
    [InlineData("g-LMM-١٢")]
    public void A_glyph_id_of_any_other_shape_is_kept_as_written(string id) =>
        Assert.False(GlyphIdCodec.TrySplit(id, out _, out _));

    [Fact]
    public void Reads_prepared_ahead_find_the_same_entries_and_report_their_phase_once()
    {
        Save("p1", "<svg>p1</svg>");
        var phases = new Site.Core.BuildPhases();
        using var cache = new MathCache(StorePath, MathCache.DefaultSizeLimit, _warnings.Add, _clock, phases);
        cache.PrepareReads();
        cache.PrepareReads();
        var read = cache.ReadMany([Key("p1"), Key("p2")]);
        Assert.Equal("<svg>p1</svg>", read[Key("p1")]!.Svgs[0].Html);
        Assert.Null(read[Key("p2")]);
        cache.Save();
        Assert.Equal(1, Assert.Single(phases.Snapshot(), p => p.Name == MathCache.PreparePhase).Count);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Reads_are_not_prepared_for_a_site_without_a_store()
    {
        var phases = new Site.Core.BuildPhases();
        using (var cache = new MathCache(StorePath, MathCache.DefaultSizeLimit, _warnings.Add, _clock, phases))
        {
            cache.PrepareReads();
        }

        Assert.DoesNotContain(phases.Snapshot(), p => p.Name == MathCache.PreparePhase);
        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public void Entries_are_written_at_the_end_of_the_build_into_one_file()
    {
        using (var cache = Cache())
        {
            Assert.False(cache.TryGet(Key("b"), null, out _));
            cache.Put(Key("b"), Equation("<svg>b</svg>"));
            // Within the build the new entry is served already; on disk only after Save.
            Assert.True(cache.TryGet(Key("b"), null, out _));
            using var other = Cache();
            Assert.False(other.TryGet(Key("b"), null, out _));
            cache.Save();
        }

        // The database alone: the write-ahead log is checkpointed away when the build closes the store.
        Assert.Equal(["math-cache.db"], Directory.GetFiles(Path.GetDirectoryName(StorePath)!).Select(Path.GetFileName));
        using var next = Cache();
        Assert.True(next.TryGet(Key("b"), null, out var read));
        Assert.Equal("<svg>b</svg>", read.Svgs[0].Html);
    }

    [Fact]
    public void Entries_a_session_saved_are_read_back_by_its_next_build()
    {
        Save("old", "<svg>old</svg>");
        using var session = Cache();
        // The first build reads (so the store's rows are known), typesets one equation and saves it.
        Assert.True(session.TryGet(Key("old"), null, out _));
        session.Put(Key("new"), Equation("<svg>new</svg>"));
        session.Save();

        // The next build finds it in the store (a save no longer holds it), where this save put it.
        var read = session.ReadMany([Key("new"), Key("old")]);
        Assert.Equal("<svg>new</svg>", read[Key("new")]?.Svgs[0].Html);
        Assert.Equal("<svg>old</svg>", read[Key("old")]?.Svgs[0].Html);
    }

    [Fact]
    public void A_row_another_process_gave_to_another_equation_is_a_miss_never_its_svg()
    {
        Save("mine", "<svg>mine</svg>");
        Save("theirs", "<svg>theirs</svg>");
        using var cache = Cache();
        Assert.True(cache.TryGet(Key("theirs"), null, out _));

        // Another process rewrites the file: the row that held "mine" now holds another equation.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var move = connection.CreateCommand();
            move.CommandText = "DELETE FROM entries WHERE key = $theirs; UPDATE entries SET key = $theirs, value = $value WHERE key = $mine";
            move.Parameters.AddWithValue("$theirs", Convert.FromHexString(Key("theirs")[..32]));
            move.Parameters.AddWithValue("$mine", Convert.FromHexString(Key("mine")[..32]));
            move.Parameters.AddWithValue("$value", MathCacheEntry.Encode(Equation("<svg>theirs</svg>")).ToArray());
            move.ExecuteNonQuery();
        }

        Assert.False(cache.TryGet(Key("mine"), null, out _));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_and_is_replaced()
    {
        Save("c", "<svg>c</svg>");
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var flip = connection.CreateCommand();
            // Same length, one byte changed in the compressed data: only the checksum can tell.
            flip.CommandText = "UPDATE entries SET value = CAST(substr(value, 1, 20) || x'5A' || substr(value, 22) AS BLOB)";
            flip.ExecuteNonQuery();
        }

        using (var cache = Cache())
        {
            Assert.False(cache.TryGet(Key("c"), null, out _));
            cache.Put(Key("c"), Equation("<svg>fresh</svg>"));
            cache.Save();
        }

        using var repaired = Cache();
        Assert.True(repaired.TryGet(Key("c"), null, out var read));
        Assert.Equal("<svg>fresh</svg>", read.Svgs[0].Html);
        Assert.Empty(_warnings);
        // The damaged row went with the save that replaced it.
        Assert.Equal("1 1", Query("SELECT (SELECT count(*) FROM entries) || ' ' || (SELECT count(*) FROM keys)"));
        Assert.Equal("0", Query("SELECT count(*) FROM keys k JOIN entries e ON e.id = k.id WHERE e.key <> k.key"));
    }

    [Fact]
    public void A_key_row_left_behind_under_the_next_row_id_does_not_fail_the_save()
    {
        Save("first", "<svg>first</svg>");
        // A key row whose entry is gone, under the id SQLite gives the next entry.
        Query("INSERT INTO keys(id, key) SELECT max(id) + 1, x'00112233445566778899AABBCCDDEEFF' FROM entries");

        Save("second", "<svg>second</svg>");

        Assert.Empty(_warnings);
        using var cache = Cache();
        Assert.True(cache.TryGet(Key("second"), null, out var read));
        Assert.Equal("<svg>second</svg>", read.Svgs[0].Html);
        Assert.Equal("0", Query("SELECT count(*) FROM keys k JOIN entries e ON e.id = k.id WHERE e.key <> k.key"));
    }

    [Fact]
    public void A_key_stored_twice_is_read_from_its_later_row()
    {
        Save("twice", "<svg>first</svg>");
        // Another process that did not know the first row saves the same key again.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO entries(key, value, saved, writer) SELECT key, $value, saved, writer FROM entries; "
                + "INSERT INTO keys(id, key) SELECT id, key FROM entries WHERE id = last_insert_rowid()";
            insert.Parameters.AddWithValue("$value", MathCacheEntry.Encode(Equation("<svg>second</svg>")).ToArray());
            insert.ExecuteNonQuery();
        }

        using var cache = Cache();
        Assert.True(cache.TryGet(Key("twice"), null, out var read));
        Assert.Equal("<svg>second</svg>", read.Svgs[0].Html);
    }

    [Theory]
    [InlineData("truncated", false)]
    [InlineData("garbage", false)]
    [InlineData("format", false)]
    [InlineData("short", false)]
    [InlineData("truncated", true)]
    [InlineData("garbage", true)]
    [InlineData("format", true)]
    [InlineData("short", true)]
    public void A_damaged_store_is_reported_once_and_rebuilt(string damage, bool readsPrepared)
    {
        using (var filler = Cache())
        {
            for (var i = 0; i < 200; i++) filler.Put(Key("filler" + i), Equation(MathCacheFaults.IncompressibleSvg(i)));
            filler.Save();
        }

        MathCacheFaults.Damage(StorePath, damage);

        using (var cache = Cache())
        {
            if (readsPrepared) cache.PrepareReads();
            for (var i = 0; i < 200; i++)
            {
                Assert.False(cache.TryGet(Key("filler" + i), null, out _));
            }

            cache.Put(Key("d"), Equation("<svg>d</svg>"));
            cache.Save();
        }

        Assert.Single(_warnings);
        Assert.Contains("damaged", _warnings[0]);
        using var rebuilt = Cache();
        Assert.True(rebuilt.TryGet(Key("d"), null, out var read));
        Assert.Equal("<svg>d</svg>", read.Svgs[0].Html);
        Assert.Single(_warnings);
    }

    [Fact]
    public void A_store_of_an_earlier_format_is_replaced_without_a_warning()
    {
        Save("old", "<svg>old</svg>");
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE meta SET value = {MathCacheStore.FormatVersion - 1} WHERE name = 'format'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using (var cache = Cache())
        {
            Assert.False(cache.TryGet(Key("old"), null, out _));
            cache.Put(Key("new"), Equation("<svg>new</svg>"));
            cache.Save();
        }

        Assert.Empty(_warnings);
        Assert.Equal(1, MathCache.Describe(_directory)!.Entries);
    }

    [Fact]
    public void Reading_entries_marked_long_ago_writes_only_their_marks()
    {
        using (var cache = Cache())
        {
            for (var i = 0; i < 20; i++) cache.Put(Key("m" + i), Equation("<svg>m" + i + "</svg>"));
            cache.Save();
        }

        const string Entries = "SELECT group_concat(id || ':' || hex(key) || ':' || hex(value) || ':' || saved || ':' || writer) FROM entries";
        var entries = Query(Entries);
        Assert.Equal("0", Query("SELECT count(*) FROM uses"));
        _clock.Advance(TimeSpan.FromHours(2));
        using (var cache = Cache())
        {
            for (var i = 0; i < 20; i++) Assert.True(cache.TryGet(Key("m" + i), null, out _));
            Assert.True(cache.HasUnsaved);
            cache.Save();
            // A session that keeps the store open (serve) does not mark them again at its next build.
            Assert.True(cache.TryGet(Key("m3"), null, out _));
            Assert.False(cache.HasUnsaved);
        }

        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal($"{now}-{now}-20", Query("SELECT min(used) || '-' || max(used) || '-' || count(*) FROM uses"));
        Assert.Equal(entries, Query(Entries));

        // Read again within the hour: nothing to write.
        _clock.Advance(TimeSpan.FromMinutes(10));
        using (var cache = Cache())
        {
            Assert.True(cache.TryGet(Key("m3"), null, out _));
            Assert.False(cache.HasUnsaved);
        }

    }

    private string Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Fact]
    public void Least_recently_used_entries_are_evicted_down_to_the_size_bound()
    {
        const long limit = 256 << 10;
        // Incompressible SVG text: each entry takes over 2 KB, and 200 of them overflow 256 KB.
        for (var batch = 0; batch < 4; batch++)
        {
            _clock.Advance(TimeSpan.FromHours(2));
            using var cache = Cache(limit);
            // Entry 0 is read in every build: recently used, it must survive.
            Assert.Equal(batch > 0, cache.TryGet(Key("e0"), null, out _));
            for (var i = batch * 50; i < (batch + 1) * 50; i++)
            {
                cache.Put(Key("e" + i), Equation(MathCacheFaults.IncompressibleSvg(i)));
            }

            cache.Save();
        }

        var statistics = MathCache.Describe(_directory)!;
        Assert.InRange(statistics.Bytes, 1, limit);
        Assert.InRange(new FileInfo(StorePath).Length, 1, limit + (64 << 10));
        using var after = Cache(limit);
        Assert.True(after.TryGet(Key("e0"), null, out _));
        Assert.True(after.TryGet(Key("e199"), null, out _), "the newest entries stay");
        Assert.False(after.TryGet(Key("e1"), null, out _), "the oldest unused entries go first");
        Assert.True(statistics.Entries < 200);
        Assert.Equal("1", Query("SELECT count(*) FROM uses"));
        Assert.Equal("0", Query("SELECT count(*) FROM uses WHERE id NOT IN (SELECT id FROM entries)"));
        Assert.Equal(statistics.Entries.ToString(System.Globalization.CultureInfo.InvariantCulture), Query("SELECT count(*) FROM keys"));
        Assert.Equal("0", Query("SELECT count(*) FROM keys WHERE id NOT IN (SELECT id FROM entries)"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Entries_of_other_builds_of_the_tool_go_once_the_store_is_past_half_its_bound(bool pastHalf)
    {
        const long limit = 768 << 10;
        // 60 entries of over 2 KB (16 pages of the file with its tables and index): a third of the bound, then twice
        // that with 60 more.
        using (var cache = Cache(limit))
        {
            for (var i = 0; i < 60; i++) cache.Put(Key("old" + i), Equation(MathCacheFaults.IncompressibleSvg(i)));
            cache.Save();
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE entries SET writer = writer + 1";
            Assert.Equal(60, command.ExecuteNonQuery());
        }

        using (var cache = Cache(limit))
        {
            for (var i = 0; i < (pastHalf ? 60 : 1); i++) cache.Put(Key("new" + i), Equation(MathCacheFaults.IncompressibleSvg(100 + i)));
            cache.Save();
        }

        var statistics = MathCache.Describe(_directory)!;
        Assert.Equal(pastHalf ? 60 : 61, statistics.Entries);
        Assert.Equal(pastHalf ? "60" : "61", Query("SELECT count(*) FROM keys"));
        using var after = Cache(limit);
        Assert.Equal(!pastHalf, after.TryGet(Key("old0"), null, out _));
        Assert.True(after.TryGet(Key("new0"), null, out _));
        if (pastHalf) Assert.InRange(new FileInfo(StorePath).Length, 1, limit / 2 + (64 << 10));
        Assert.Empty(_warnings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pages_damaged_inside_a_large_store_give_misses_and_one_warning_never_wrong_svg(bool readsPrepared)
    {
        const int entries = 1200;
        using (var writer = Cache())
        {
            for (var i = 0; i < entries; i++)
            {
                writer.Put(Key("r" + i), Equation("<svg>" + i + "</svg>"));
            }

            writer.Save();
        }

        SqliteConnection.ClearAllPools();
        // Garbage over the middle third: the header and the file's length still look right.
        var length = new FileInfo(StorePath).Length;
        using (var file = new FileStream(StorePath, FileMode.Open))
        {
            var garbage = new byte[length / 3];
            new Random(7).NextBytes(garbage);
            file.Position = length / 3;
            file.Write(garbage);
        }

        var found = 0;
        using (var cache = Cache())
        {
            if (readsPrepared) cache.PrepareReads();
            for (var i = 0; i < entries; i++)
            {
                if (cache.TryGet(Key("r" + i), null, out var equation))
                {
                    Assert.Equal("<svg>" + i + "</svg>", equation.Svgs[0].Html);
                    found++;
                }
            }
        }

        Assert.Single(_warnings);
        Assert.InRange(found, 0, entries - 1);
    }

    [Fact]
    public void Two_builds_at_once_on_one_store_both_save_and_neither_corrupts_it()
    {
        Save("shared", "<svg>shared</svg>");
        using var first = Cache();
        using var second = Cache();
        var barrier = new Barrier(2);
        Parallel.Invoke(
            () => Fill(first, "first"),
            () => Fill(second, "second"));

        void Fill(MathCache cache, string name)
        {
            Assert.True(cache.TryGet(Key("shared"), null, out _));
            for (var i = 0; i < 100; i++) cache.Put(Key(name + i), Equation($"<svg>{name}{i}</svg>"));
            barrier.SignalAndWait();
            cache.Save();
        }

        using var after = Cache();
        Assert.True(after.TryGet(Key("first99"), null, out var a));
        Assert.True(after.TryGet(Key("second99"), null, out var b));
        Assert.Equal(("<svg>first99</svg>", "<svg>second99</svg>"), (a.Svgs[0].Html, b.Svgs[0].Html));
        Assert.Equal(201, MathCache.Describe(_directory)!.Entries);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Statistics_report_the_last_builds_hit_rate_and_clear_removes_only_the_store()
    {
        Save("s1", "<svg>1</svg>");
        using (var cache = Cache())
        {
            Assert.True(cache.TryGet(Key("s1"), null, out _));
            Assert.False(cache.TryGet(Key("s2"), null, out _));
            Assert.False(cache.TryGet(Key("s3"), null, out _));
            cache.Put(Key("s2"), Equation("<svg>2</svg>"));
            cache.Save();
        }

        var statistics = MathCache.Describe(_directory)!;
        Assert.Equal((2L, 3L, 1L), (statistics.Entries, statistics.Lookups, statistics.Hits));
        Assert.Equal(1.0 / 3, statistics.HitRate, 6);
        var neighbour = Path.Combine(_directory, ".staticmath", "notes.txt");
        File.WriteAllText(neighbour, "not ours");
        Assert.True(MathCache.Clear(_directory));
        Assert.Null(MathCache.Describe(_directory));
        Assert.True(File.Exists(neighbour));
        Assert.False(MathCache.Clear(_directory));
    }

    [Fact]
    public void Keys_differ_with_glyph_mode_and_resolved_references()
    {
        var plain = MathCache.KeyFor("k", GlyphMode.SharedDefinitions, []);
        Assert.NotEqual(plain, MathCache.KeyFor("k", GlyphMode.Inline, []));
        Assert.NotEqual(
            MathCache.KeyFor("k", GlyphMode.SharedDefinitions, [new("a", "1")]),
            MathCache.KeyFor("k", GlyphMode.SharedDefinitions, [new("a", "2")]));
        Assert.Matches("^[0-9a-f]{32}$", plain);
    }

    [Fact]
    public void A_key_is_the_hash_of_its_parts_joined_as_stores_have_always_keyed_their_entries()
    {
        KeyValuePair<string, string>[] references = [new("z", "(2)"), new("a𝔄", "(1)")];
        var joined = "engine-key\nInline\n" + MathCache.ToolBuildStamp + "\na𝔄=(1)\nz=(2)";
        Assert.Equal(
            Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(joined))),
            MathCache.KeyFor("engine-key", GlyphMode.Inline, references));
    }

    [Theory]
    [InlineData("256MB", 256L << 20)]
    [InlineData("1.5 GB", 3L << 29)]
    [InlineData("800kb", 800L << 10)]
    [InlineData("4096", 4096L)]
    [InlineData("", MathCache.DefaultSizeLimit)]
    public void Cache_sizes_are_read_with_their_unit(string text, long bytes)
    {
        Assert.True(MathConfig.TryParseCacheSize(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-5MB")]
    [InlineData("0")]
    public void A_size_that_is_not_one_is_refused(string text)
    {
        Assert.False(MathConfig.TryParseCacheSize(text, out var parsed));
        Assert.Equal(MathCache.DefaultSizeLimit, parsed);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
