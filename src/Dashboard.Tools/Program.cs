using Dashboard.Tools;

return await ToolCommands.RunAsync(args, Console.Out, Console.Error);
