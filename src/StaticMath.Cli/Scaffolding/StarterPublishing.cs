namespace StaticMath.Cli.Scaffolding;

/// <summary>
/// The publishing part of a starter site: a local tool manifest pinning this StaticMath version
/// (<c>.config/dotnet-tools.json</c>, so CI runs <c>dotnet tool restore</c>), a GitHub Pages workflow, and a README
/// with the one-line recipe for other static hosts.
/// </summary>
internal static class StarterPublishing
{
    public static IEnumerable<(string Path, string Text)> Files(string title, string toolVersion)
    {
        yield return (".config/dotnet-tools.json", $$"""
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "staticmath": {
                  "version": "{{toolVersion}}",
                  "commands": [
                    "staticmath"
                  ],
                  "rollForward": false
                }
              }
            }
            """);
        yield return (".github/workflows/publish.yml", GitHubPagesWorkflow);
        yield return ("README.md", Readme(title));
    }

    // The base URL comes from actions/configure-pages, so a project site (https://you.github.io/notes/) and a custom
    // domain both get correct links without editing staticmath.yml.
    private const string GitHubPagesWorkflow = """
        # Builds the site with the StaticMath version pinned in .config/dotnet-tools.json, checks every link, and
        # publishes _site to GitHub Pages. One-time setup: Settings → Pages → Build and deployment → Source: GitHub Actions.
        name: Publish

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: '10.0.x'
              - id: pages
                uses: actions/configure-pages@v5
              # Equations already typeset are reused from the math cache (one SQLite file).
              - uses: actions/cache@v4
                with:
                  path: .staticmath/math-cache.db
                  key: staticmath-${{ hashFiles('content/**', 'staticmath.yml', '.config/dotnet-tools.json') }}
                  restore-keys: staticmath-
              # The pinned StaticMath comes from nuget.org, or from a GitHub release of StaticMath when the repository
              # variables STATICMATH_RELEASE_URL (the release's download folder, .../releases/download/vX.Y.Z) and
              # STATICMATH_SHA256SUMS_SHA256 (the checksum of its SHA256SUMS file) are set: SHA256SUMS is fetched and
              # verified, then the packages it lists are fetched, verified and used as a package source.
              - run: mkdir -p .staticmath/packages && if [ -n "$STATICMATH_RELEASE_URL" ]; then cd .staticmath/packages && curl -fsSLO "$STATICMATH_RELEASE_URL/SHA256SUMS" && echo "$STATICMATH_SHA256SUMS_SHA256  SHA256SUMS" | sha256sum -c && for package in $(grep -oE 'StaticMath[A-Za-z0-9.-]*[.]nupkg' SHA256SUMS); do curl -fsSLO "$STATICMATH_RELEASE_URL/$package"; done && sha256sum -c --ignore-missing SHA256SUMS; fi
                env:
                  STATICMATH_RELEASE_URL: ${{ vars.STATICMATH_RELEASE_URL }}
                  STATICMATH_SHA256SUMS_SHA256: ${{ vars.STATICMATH_SHA256SUMS_SHA256 }}
              - run: dotnet tool restore --add-source .staticmath/packages
              - run: dotnet staticmath build --strict --base-url "${{ steps.pages.outputs.base_url }}/"
              - run: dotnet staticmath check --output _site --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4
        """;

    private static string Readme(string title) => $$"""
        # {{title}}

        A math blog built with [StaticMath](https://www.nuget.org/packages/StaticMath): Markdown and LaTeX in
        `content/`, every equation prerendered to SVG when the site is built.

        ## Build

        StaticMath is pinned as a local .NET tool in `.config/dotnet-tools.json` (needs the .NET 10 SDK):

        ```sh
        dotnet tool restore            # once per clone: installs the pinned StaticMath
        dotnet staticmath build        # writes the site to _site/
        dotnet staticmath check        # builds and verifies links, anchors and images
        dotnet staticmath new post "My next post"
        ```

        Upgrade with `dotnet tool update --local StaticMath` and commit `.config/dotnet-tools.json`.

        `dotnet tool restore` takes the package from nuget.org. To take it from a GitHub release of StaticMath instead,
        download the release's `.nupkg` files (`StaticMath.X.Y.Z.nupkg` names the other two, one precompiled for
        linux-x64 and one for any platform) into a folder and run `dotnet tool restore --add-source FOLDER`; in the
        workflow, set the repository variables `STATICMATH_RELEASE_URL` (the release's download folder,
        `https://github.com/OWNER/REPO/releases/download/vX.Y.Z`) and `STATICMATH_SHA256SUMS_SHA256` (the checksum
        of the release's `SHA256SUMS` file).

        ## Publish

        **GitHub Pages**: push to `main`; `.github/workflows/publish.yml` builds with `--strict`, checks the output and
        deploys it. Enable it once under Settings → Pages → Source: GitHub Actions. The workflow passes the Pages URL as
        `--base-url`, so a project site under `https://you.github.io/{{title}}/` gets correct links. For a custom
        domain add `cname: notes.example.org` to `staticmath.yml`.

        **Any other static host**: the build command and output folder are all a host needs. The build machine needs the
        .NET 10 SDK (install it with `dotnet-install.sh` from https://dot.net/v1/dotnet-install.sh if the image lacks it).

        | Host | Build command | Output folder |
        |---|---|---|
        | Netlify | `dotnet tool restore && dotnet staticmath build --strict --base-url "$URL/"` | `_site` |
        | Cloudflare Pages | `dotnet tool restore && dotnet staticmath build --strict --base-url "$CF_PAGES_URL/"` | `_site` |
        | GitLab Pages | `dotnet tool restore && dotnet staticmath build --strict --output public --base-url "$CI_PAGES_URL/"` | `public` |
        | Amazon S3 | `dotnet tool restore && dotnet staticmath build --strict --base-url https://bucket.example.org/ && aws s3 sync _site s3://BUCKET --delete` | `_site` |

        On GitLab put the command in the `pages` job of `.gitlab-ci.yml` with `image: mcr.microsoft.com/dotnet/sdk:10.0`
        and `artifacts: paths: [public]`; for S3 the command also uploads (`aws s3 sync`).

        The output already has what hosts look for: `404.html` at the root, `.nojekyll`, and `CNAME` when configured.
        """;
}
