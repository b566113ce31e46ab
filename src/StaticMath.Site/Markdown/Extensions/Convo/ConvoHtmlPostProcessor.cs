using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Convo;

/// <summary>
/// Chat transcripts: in every <c>div.convo</c>, each child <c>div.user</c> / <c>.gpt</c> / <c>.assistant</c> / <c>.system</c>
/// becomes a bubble (<c>convo__message convo__message--{role}</c>) with a role label (<c>div.convo__role</c>) unless it
/// already has one. The content (paragraphs, math, code, lists) is left exactly as rendered.
/// CSS classes: <c>convo</c>, <c>convo__message</c>, <c>convo__message--user|gpt|assistant|system</c>, <c>convo__role</c>.
/// </summary>
public sealed class ConvoHtmlPostProcessor : IHtmlPostProcessor
{
    public const string RoleClass = "convo__role";

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.AsRead.HasClass("convo") && page.Tokens.Exists(t => t.IsStartTag("div") && t.HasClass("convo"));

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx) => Apply(html, body);

    public static void Apply(IDocument html, IElement body)
    {
        foreach (var convo in body.QuerySelectorAll("div.convo"))
        {
            foreach (var message in convo.Children.ToList())
            {
                var roleName = message.ClassList.FirstOrDefault(ConvoRoles.IsRole);
                if (roleName is null || ConvoRoles.Find(roleName) is not { } role) continue;
                message.ClassList.Add("convo__message");
                message.ClassList.Add("convo__message--" + role.Role);
                if (message.Children.Any(c => c.ClassList.Contains(RoleClass))) continue;
                var label = html.CreateElement("div");
                label.ClassList.Add(RoleClass);
                label.TextContent = role.Label;
                message.Prepend(label);
            }
        }
    }
}
