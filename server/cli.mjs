// npm run team-server [-- --port 1234 --data ./team-data --host 127.0.0.1]
// npm run team-server -- create-token <planId> [--data ./team-data]
// npm run team-server -- revoke-token <planId> [--data ./team-data]
import { parseArgs } from 'node:util'
import { createPlanToken, revokePlanToken, startTeamServer } from './teamServer.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '1234' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './team-data' },
  },
})
const [command = 'serve', planId] = positionals

if (command === 'create-token' || command === 'revoke-token') {
  if (!planId) {
    console.error(`用法：npm run team-server -- ${command} <计划编号> [--data 文件夹]`)
    process.exit(2)
  }
  if (command === 'create-token') {
    const code = createPlanToken(values.data, planId)
    console.log(`计划 ${planId} 的协作码（旧的协作码已失效）：\n${code}`)
  } else {
    console.log(revokePlanToken(values.data, planId) ? '协作码已收回' : '该计划没有协作码')
  }
} else if (command === 'serve') {
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口无效：${values.port}`)
    process.exit(2)
  }
  const server = await startTeamServer({ port, host: values.host, dataDir: values.data })
  console.log(`团队协作服务器已启动：${server.url}（数据：${values.data}）`)
  const stop = async () => {
    await server.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} else {
  console.error(`未知命令：${command}（serve、create-token、revoke-token）`)
  process.exit(2)
}
