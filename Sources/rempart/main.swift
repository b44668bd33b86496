import Foundation
import RempartCLI

exit(await Rempart.main(arguments: Array(CommandLine.arguments.dropFirst())))
