using SiteGen.Commands;

return Cli.Run(args);
