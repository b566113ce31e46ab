using Microsoft.Data.Sqlite;

namespace StaticMath.Site.Tests.Math;

/// <summary>The ways a math cache store gets damaged on real machines: a copy cut short, a file overwritten by
/// something else, a store written by another version of the tool, a file cut inside its header.</summary>
internal static class MathCacheFaults
{
    public static void Damage(string storePath, string damage)
    {
        SqliteConnection.ClearAllPools();
        var length = new FileInfo(storePath).Length;
        Assert.True(length > 16 << 10, $"the store should span several pages before it is damaged ({length} bytes)");
        switch (damage)
        {
            case "truncated":
                using (var file = new FileStream(storePath, FileMode.Open)) file.SetLength(length / 2);
                break;
            case "garbage":
                var bytes = new byte[length];
                new Random(20).NextBytes(bytes);
                File.WriteAllBytes(storePath, bytes);
                break;
            case "format":
                using (var connection = new SqliteConnection($"Data Source={storePath};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "UPDATE meta SET value = 999 WHERE name = 'format'";
                    Assert.Equal(1, command.ExecuteNonQuery());
                }
                break;
            case "short":
                using (var file = new FileStream(storePath, FileMode.Open)) file.SetLength(60);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    /// <summary>SVG-like text that does not compress: entries of a predictable size.</summary>
    public static string IncompressibleSvg(int seed)
    {
        var random = new Random(seed);
        return "<svg>" + seed + string.Concat(Enumerable.Range(0, 2400).Select(_ => (char)random.Next(33, 126))) + "</svg>";
    }
}
