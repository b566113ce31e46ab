using StaticMath.Site.Liquid;

namespace StaticMath.Site.Tests.Theme;

public class PageTextWriterTests
{
    [Fact]
    public async Task Async_writes_complete_at_once_in_order_like_a_string_writers()
    {
        // Fluid writes raw blocks with WriteAsync; TextWriter's own would queue each write to the thread pool.
        using var writer = new PageTextWriter(100_000);
        var long1 = new string('a', 9000);
        var tasks = new[]
        {
            writer.WriteAsync("x"), writer.WriteAsync('y'), writer.WriteAsync(long1), writer.WriteAsync("z".ToCharArray(), 0, 1),
            writer.WriteAsync("w".AsMemory()), writer.WriteLineAsync("v"), writer.FlushAsync(),
        };
        Assert.All(tasks, task => Assert.True(task.IsCompletedSuccessfully));
        await Task.WhenAll(tasks);
        Assert.Equal("xy" + long1 + "zwv\n", writer.ToString());
    }

    [Fact]
    public void A_page_text_written_into_another_is_one_piece_of_it_and_its_utf8_pieces_are_written_as_they_are()
    {
        var svg = new System.Text.UTF8Encoding(false).GetBytes("<svg>é</svg>");
        var inner = new PageText([PageTextPiece.Of("<p>"), PageTextPiece.OfUtf8(svg, 12), PageTextPiece.Of("</p>")], 19);
        using var writer = new PageTextWriter(100);
        writer.Write("<main>");
        writer.Write(inner);
        writer.Write("</main>");
        var text = writer.ToPageText();
        Assert.Equal(3, text.Pieces.Count);
        Assert.Same(inner, text.Pieces[1].Text);
        Assert.Equal([false, false, true, false, false], text.Leaves().Select(p => p.IsUtf8));
        Assert.Equal(text.Length, text.Leaves().Sum(p => p.Length));
        Assert.Equal("<main><p><svg>é</svg></p></main>", text.ToString());
        Assert.Equal(text.ToString().Length, text.Length);
        Assert.Throws<LiquidBudgetExceededException>(() => writer.Write(new PageText([PageTextPiece.OfUtf8(new byte[90], 90)], 90)));
    }

    [Fact]
    public void Long_strings_are_kept_as_written_and_the_budget_counts_them()
    {
        using var writer = new PageTextWriter(20_000);
        var fragment = new string('f', 10_000);
        writer.Write("<main>");
        writer.Write(fragment);
        writer.Write("</main>");
        var text = writer.ToPageText();
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetString(text.Pieces[1].Chars, out var kept, out var start, out var length));
        Assert.Same(fragment, kept);
        Assert.Equal((0, fragment.Length), (start, length));
        Assert.Equal("<main>" + fragment + "</main>", text.ToString());
        Assert.Throws<LiquidBudgetExceededException>(() => writer.Write(new string('g', 10_000)));
    }
}
