// Tests start the real host over HTTP and need to name the entry point's assembly.
public partial class Program;
