using BenchmarkDotNet.Running;

// Entry point for `dotnet run -c Release --project tests/StaticMath.Benchmarks -- [--filter *Name*]`.
BenchmarkSwitcher.FromAssembly(typeof(StaticMath.Benchmarks.MathRenderBenchmarks).Assembly).Run(args);
