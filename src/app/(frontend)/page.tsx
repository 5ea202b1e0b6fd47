export default function HomePage() {
  return (
    <main>
      <h1>Space</h1>
      <p>News and conversations from the movement.</p>
      <p>
        <a href="/admin">Open the CMS</a>
      </p>
    </main>
  )
}
