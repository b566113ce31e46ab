using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Parses a command's arguments (the command token itself is already consumed) and returns its node, or null
/// when it produces nothing.</summary>
internal delegate MathNode? CommandHandler(MathParser parser, Token command);
