const markdownIt = require("markdown-it");
const markdownItKatex = require("@vscode/markdown-it-katex").default;

module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("img");
  eleventyConfig.addPassthroughCopy({ "public/fonts": "fonts" });
  eleventyConfig.addPassthroughCopy("**/*.pdf");

  const md = markdownIt({ html: true }).use(markdownItKatex, {
    macros: {
      "\\C": "\\mathbb{C}",
      "\\inner": "\\langle #1, #2 \\rangle",
    },
  });
  eleventyConfig.setLibrary("md", md);

  return {
    dir: {
      input: "src",
      includes: "_includes",
      data: "_data",
      output: "_site",
    },
    markdownTemplateEngine: "njk",
  };
};
