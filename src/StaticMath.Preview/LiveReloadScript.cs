using System.Text;

namespace StaticMath.Preview;

/// <summary>
/// The script the preview server adds to every HTML page it serves (never to <c>staticmath build</c> output): it
/// listens on the live-reload endpoint and reloads the page when the site was rebuilt.
/// </summary>
public static class LiveReloadScript
{
    public const string Marker = "data-staticmath-live-reload";

    public static readonly string Tag =
        $"<script {Marker}>new EventSource(\"{LiveReloadHub.EndpointPath}\").addEventListener(\"reload\",function(){{location.reload()}});</script>";

    /// <summary>The page with the script inserted before its last <c>&lt;/body&gt;</c> (or appended).</summary>
    public static byte[] InjectInto(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end >= 0 ? text.Insert(end, Tag) : text + Tag;
        return Encoding.UTF8.GetBytes(text);
    }
}
