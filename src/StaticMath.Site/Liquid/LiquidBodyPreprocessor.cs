using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Build;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Stage 2: Liquid in page bodies, as Jekyll renders it before Markdown. A page opts out with Jekyll's
/// <c>render_with_liquid: false</c>. Includes come from the site's <c>_includes/</c> and <c>includes/</c> folders, then
/// the theme's <c>includes/</c>.
/// </summary>
public sealed class LiquidBodyPreprocessor : IContentPreprocessor
{
    public string Process(string body, PageRenderContext ctx)
    {
        if (!LiquidBodyRenderer.ContainsLiquid(body)) return body;
        if (ctx.Page.FrontMatter.TryGetValue("render_with_liquid", out var flag) && flag is false or "false") return body;
        // The session puts the site's environment (with the theme's and features' filters) among the build's services.
        var liquid = ctx.Build.GetOrAddService(JekyllLiquid.CreateEnvironment);
        return LiquidBodyRenderer.Render(body, CreateInput(ctx), liquid, ctx.Diagnostics);
    }

    public static LiquidPageInput CreateInput(PageRenderContext ctx)
    {
        var build = ctx.Build;
        var config = ctx.Site;
        return new LiquidPageInput
        {
            SourcePath = ctx.SourcePath,
            BodyLineOffset = ctx.BodyLineOffset,
            Site = LiquidSiteValues.Of(config),
            Page = PageValues(ctx.Page),
            StaticMath = StaticMathObject.Create(build.Options.Tool),
            BaseUrl = config.BasePath,
            SiteUrl = config.Origin.Length > 0 ? config.Origin : null,
            IncludeDirectories = LiquidPageInput.SiteIncludeDirectories(build.SiteDirectory),
            SiteDirectory = build.SiteDirectory,
            Now = BuildClock.Now(build.Options),
            OnIncludeLookup = ctx.AddFileDependency,
            FindEmbeddedInclude = name => FindThemeInclude(ctx, name),
            ResolvePostUrl = name => FindPage(ctx, p => p.IsPost && Path.GetFileNameWithoutExtension(p.ContentPath) == Path.GetFileNameWithoutExtension(name)) is { } post
                ? SiteUrls.Relative(post.Url, config.BasePath)
                : null,
            ResolveLink = path => FindPage(ctx, p => SamePath(p, path)) is { } page
                ? SiteUrls.Relative(page.Url, config.BasePath)
                : null,
            ResolveHugoRef = target => FindPage(ctx, p => HugoRefNames(p, target.Split('#')[0])) is { } refPage
                ? SiteUrls.Relative(refPage.Url, config.BasePath) + (target.Contains('#') ? target[target.IndexOf('#')..] : "")
                : null,
        };
    }

    private static Page? FindPage(PageRenderContext ctx, Func<Page, bool> match)
    {
        ctx.MarkUsesPageIndex();
        return ctx.Build.Pages.FirstOrDefault(match);
    }

    private static LiquidIncludeFile? FindThemeInclude(PageRenderContext ctx, string name)
    {
        // Every theme folder looked in is a dependency, found or not: a file added there later is found instead.
        // The embedded default theme cannot change while the tool runs.
        var file = ctx.Build.Theme.Find("includes/" + name, ctx.AddFileDependency);
        return file is null ? null : new LiquidIncludeFile(file.DisplayPath, file.ReadAllText());
    }

    // Jekyll links name files from the site root (`_posts/x.md`); ours live under content/ — accept both spellings.
    private static bool SamePath(Page page, string path)
    {
        var wanted = path.Trim().Replace('\\', '/').TrimStart('/');
        return page.SourcePath == wanted || page.ContentPath == wanted ||
               (wanted.StartsWith("_posts/", StringComparison.Ordinal) && page.IsPost &&
                Path.GetFileNameWithoutExtension(page.ContentPath) == Path.GetFileNameWithoutExtension(wanted));
    }

    /// <summary>Hugo's ref lookup: a path under content/ (with or without extension, or a bundle's folder), or a bare name.</summary>
    private static bool HugoRefNames(Page page, string target)
    {
        var wanted = target.Trim().Replace('\\', '/').Trim('/');
        var path = page.ContentPath;
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        var bundle = Path.GetFileNameWithoutExtension(path) is "index" or "_index" ? Path.GetDirectoryName(path)!.Replace('\\', '/') : null;
        if (wanted.Length == 0) return false;
        if (wanted == path || wanted == withoutExtension || wanted == bundle) return true;
        return !wanted.Contains('/') && (wanted == Path.GetFileName(path) || wanted == Path.GetFileName(withoutExtension) || (bundle is not null && wanted == Path.GetFileName(bundle)));
    }

    private static Dictionary<string, object?> PageValues(Page page)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in page.FrontMatter) values[key] = value;
        values["title"] = page.Title;
        values["url"] = page.Url;
        values["date"] = page.Date?.Value;
        values["description"] = page.Description;
        values["tags"] = page.Tags.ToList<object?>();
        values["categories"] = page.Categories.ToList<object?>();
        values["slug"] = page.Slug;
        values["path"] = page.SourcePath;
        return values;
    }
}
