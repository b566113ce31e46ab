namespace StaticMath.Math.Syntax;

/// <summary><c>\mathchoice{D}{T}{S}{SS}</c>: the layout picks the list for the current style.</summary>
public sealed record MathChoiceNode(MathList Display, MathList Text, MathList Script, MathList ScriptScript) : MathNode;
