using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>Parses an environment's body after <c>\begin{name}</c> (its arguments included) through <c>\end{name}</c>.</summary>
internal delegate MathNode EnvironmentHandler(MathParser parser, Token begin, string name);
